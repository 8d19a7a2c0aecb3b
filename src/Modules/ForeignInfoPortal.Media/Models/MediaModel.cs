using ForeignInfoPortal.Core.Files;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Media.Models;

/// <summary>The module's tables in the shared model.</summary>
internal static class MediaModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<MediaFolder>(folder =>
        {
            folder.ToTable("MediaFolders");
            folder.Property(f => f.Name).HasMaxLength(MediaFolder.NameMaxLength);
            folder.HasIndex(f => f.Name).IsUnique();
        });
        builder.Entity<MediaItem>(item =>
        {
            item.ToTable("MediaItems");
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Name).HasMaxLength(MediaItem.NameMaxLength);
            item.Property(i => i.Alt).HasMaxLength(MediaItem.AltMaxLength);
            item.Property(i => i.Caption).HasMaxLength(MediaItem.CaptionMaxLength);
            item.Property(i => i.SearchText).HasMaxLength(MediaItem.NameMaxLength + MediaItem.AltMaxLength + MediaItem.CaptionMaxLength + 2);
            item.Property(i => i.CreatedBy).HasMaxLength(450);
            item.Property(i => i.ModifiedBy).HasMaxLength(450);
            item.HasOne(i => i.Folder).WithMany().HasForeignKey(i => i.FolderId).OnDelete(DeleteBehavior.Restrict);
            item.HasOne<StoredFile>().WithMany().HasForeignKey(i => i.FileId).OnDelete(DeleteBehavior.Restrict);
            item.HasIndex(i => i.FileId).IsUnique();
            item.HasIndex(i => new { i.FolderId, i.CreatedUtc });
            item.HasIndex(i => i.CreatedUtc);
        });
    }
}
