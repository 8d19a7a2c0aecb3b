using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Search;

/// <summary>
/// Tells the search index what a content type says beyond its title and summary: the body text, identifiers
/// that must be found whole (a document's "64/KH-UBND"), the issuing body shown as a facet. A module registers
/// one per content type; a type without one is found by its title and summary.
/// </summary>
public interface ISearchContributor
{
    /// <summary>The content type this contributor describes.</summary>
    string ContentType { get; }

    /// <summary>Fills <paramref name="context"/> for a version about to be indexed; runs inside the publishing transaction.</summary>
    Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken);
}

/// <summary>What a contributor reads and fills.</summary>
public sealed class SearchContributionContext(ContentVersion version, IContentFields fields)
{
    public ContentVersion Version { get; } = version;

    /// <summary>The version's fields, of the type's fields class.</summary>
    public IContentFields Fields { get; } = fields;

    /// <summary>Body text in reading order; HTML is allowed and reduced to its text.</summary>
    public List<string?> Text { get; } = [];

    /// <summary>Identifiers found as a whole and by their parts: numbers and symbols, codes.</summary>
    public List<string> Identifiers { get; } = [];

    /// <summary>The issuing body's display name, offered as a facet.</summary>
    public string? Issuer { get; set; }

    /// <summary>Pinned items rank ahead of equally relevant ones.</summary>
    public bool IsPinned { get; set; }
}
