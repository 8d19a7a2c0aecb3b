using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Taxonomy;
using ForeignInfoPortal.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ForeignInfoPortal.Core.Data;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.Property(i => i.ContentType).HasMaxLength(64);
        builder.Property(i => i.OwnerId).HasMaxLength(450);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => new { i.ContentType, i.Status, i.IsDeleted });
        builder.Property(i => i.LocalizationSet).HasMaxLength(36);
        builder.HasIndex(i => i.LocalizationSet);
        builder.HasMany(i => i.Versions).WithOne(v => v.ContentItem).HasForeignKey(v => v.ContentItemId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.Property(v => v.ContentType).HasMaxLength(64);
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.Slug).HasMaxLength(200);
        builder.Property(v => v.Summary).HasMaxLength(1000);
        builder.Property(v => v.Culture).HasMaxLength(10);
        builder.Property(v => v.FeaturedImage).HasMaxLength(500);
        builder.Property(v => v.Subtype).HasMaxLength(64);
        builder.Property(v => v.Category).HasMaxLength(100);
        builder.Property(v => v.AuthorId).HasMaxLength(450);
        builder.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();

        // The public reads: one published version per item, found by type, culture and slug, listed by date.
        builder.HasIndex(v => new { v.ContentType, v.Culture, v.Slug })
            .HasFilter("\"IsPublished\"").IsUnique(); // a bare boolean reads the same in SQLite and PostgreSQL
        builder.HasIndex(v => new { v.ContentType, v.Culture, v.IsPublished, v.PublishedUtc });

        // Every save checks its slug against the other items' latest versions (drafts included); without this
        // the check scans all versions, and saving slows down as the portal grows.
        builder.HasIndex(v => new { v.ContentType, v.Culture, v.Slug }, "IX_ContentVersions_ContentType_Culture_Slug_Any");
        builder.HasIndex(v => new { v.ContentType, v.IsLatest });
    }
}

internal sealed class OrganizationUnitConfiguration : IEntityTypeConfiguration<OrganizationUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.HasIndex(u => u.Code).IsUnique();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.ContentType).HasMaxLength(64);
        builder.Property(c => c.Culture).HasMaxLength(10);
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasIndex(c => new { c.ContentType, c.Culture, c.Slug }).IsUnique();
    }
}

internal sealed class SettingsRecordConfiguration : IEntityTypeConfiguration<SettingsRecord>
{
    public void Configure(EntityTypeBuilder<SettingsRecord> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
    }
}

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class UserUnitConfiguration : IEntityTypeConfiguration<UserUnit>
{
    public void Configure(EntityTypeBuilder<UserUnit> builder)
    {
        builder.HasKey(u => new { u.UserId, u.UnitId });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.UnitId);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Audit.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Audit.AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.SubjectType).HasMaxLength(64);
        builder.Property(a => a.SubjectId).HasMaxLength(64);
        builder.Property(a => a.SubjectTitle).HasMaxLength(500);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.HasIndex(a => a.OccurredUtc);
        builder.HasIndex(a => new { a.Action, a.OccurredUtc });
        builder.HasIndex(a => new { a.UserId, a.OccurredUtc });
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }
}

internal sealed class ContentIndexEntryConfiguration : IEntityTypeConfiguration<ContentIndexEntry>
{
    public void Configure(EntityTypeBuilder<ContentIndexEntry> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(64);
        builder.Property(i => i.Text).HasMaxLength(400);
        builder.Property(i => i.Number).HasPrecision(18, 4);
        builder.HasOne(i => i.ContentVersion).WithMany(v => v.Index).HasForeignKey(i => i.ContentVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.Name, i.Text });
        builder.HasIndex(i => new { i.Name, i.Date });
        builder.HasIndex(i => new { i.ContentVersionId, i.Name });
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<Files.StoredFile>
{
    public void Configure(EntityTypeBuilder<Files.StoredFile> builder)
    {
        builder.ToTable("Files");
        builder.Property(f => f.OriginalName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.StoragePath).HasMaxLength(400);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.CreatedBy).HasMaxLength(450);
        builder.HasIndex(f => f.Sha256);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
