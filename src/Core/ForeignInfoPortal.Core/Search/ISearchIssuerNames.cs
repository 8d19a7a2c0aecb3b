using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Search;

/// <summary>
/// Names the issuing bodies the search index holds (<see cref="SearchContributionContext.Issuer"/>) in a page's culture.
/// The index keeps one value per body, its name in the module's list as written there, so that the issuer facet counts
/// a body once whatever the language of its documents; the search page of another culture shows that value by the
/// name the list gives it in that culture. A module whose contributor sets issuers registers one.
/// </summary>
public interface ISearchIssuerNames
{
    /// <summary>
    /// The indexed issuer values this module knows, each with its name in <paramref name="culture"/> (the name as
    /// written, marked with its own culture, where the list has none in that culture).
    /// </summary>
    Task<IReadOnlyDictionary<string, CultureText>> NamesInAsync(string culture, CancellationToken cancellationToken);
}
