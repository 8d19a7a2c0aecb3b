using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Models;

/// <summary>The module's tables in the shared model; the engine-specific index is created by the migrations.</summary>
internal static class SearchModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<SearchDocument>(document =>
        {
            document.ToTable("SearchDocuments");
            document.Property(d => d.ContentType).HasMaxLength(64);
            document.Property(d => d.Culture).HasMaxLength(10);
            document.Property(d => d.Subtype).HasMaxLength(64);
            document.Property(d => d.Issuer).HasMaxLength(200);
            document.Property(d => d.Slug).HasMaxLength(200);
            document.Property(d => d.Title).HasMaxLength(300);
            document.Property(d => d.Summary).HasMaxLength(1000);
            document.HasOne(d => d.Text).WithOne().HasForeignKey<SearchText>(t => t.Id).OnDelete(DeleteBehavior.Cascade);
            document.HasIndex(d => d.ContentItemId).IsUnique();
            document.HasIndex(d => new { d.ContentType, d.Culture, d.Year });
        });
        builder.Entity<SearchText>(text =>
        {
            text.ToTable("SearchTexts");
            text.Property(t => t.Id).ValueGeneratedNever();
            text.Property(t => t.TitleIndex).HasMaxLength(300);
            text.Property(t => t.TitleFolded).HasMaxLength(300);
            text.Property(t => t.SummaryIndex).HasMaxLength(1000);
            text.Property(t => t.SummaryFolded).HasMaxLength(1000);
        });
        builder.Entity<SearchTerm>(term =>
        {
            term.ToTable("SearchTerms");
            term.HasKey(t => t.Term);
            term.Property(t => t.Term).HasMaxLength(64);
        });
    }
}
