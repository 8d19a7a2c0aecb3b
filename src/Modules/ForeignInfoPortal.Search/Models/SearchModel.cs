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
            document.Property(d => d.TitleIndex).HasMaxLength(300);
            document.Property(d => d.TitleFolded).HasMaxLength(300);
            document.Property(d => d.Summary).HasMaxLength(1000);
            document.Property(d => d.SummaryIndex).HasMaxLength(1000);
            document.Property(d => d.SummaryFolded).HasMaxLength(1000);
            document.HasIndex(d => d.ContentItemId).IsUnique();
            document.HasIndex(d => new { d.ContentType, d.Culture, d.Year });
        });
        builder.Entity<SearchTerm>(term =>
        {
            term.ToTable("SearchTerms");
            term.HasKey(t => t.Term);
            term.Property(t => t.Term).HasMaxLength(64);
        });
    }
}
