using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Investment.Models;

namespace ForeignInfoPortal.Investment.Services;

/// <summary>
/// The filters the public lists, the admin list and the API share (the types' <see cref="ContentFilter"/>s), over
/// the content index. Each returns null for a value it does not accept (the API answers 400, pages ignore it).
/// </summary>
internal static class InvestmentFilters
{
    public static IQueryable<ContentVersion>? Field(IQueryable<ContentVersion> query, string value) =>
        Listed(InvestmentCatalog.Fields, value) is { } code ? query.WhereIndexText(InvestmentIndex.Field, code) : null;

    public static IQueryable<ContentVersion>? Status(IQueryable<ContentVersion> query, string value) =>
        Listed(InvestmentCatalog.Statuses, value) is { } code ? query.WhereIndexText(InvestmentIndex.Status, code) : null;

    /// <summary>Projects in one ward or commune, by unit code (a code of no unit simply finds nothing).</summary>
    public static IQueryable<ContentVersion>? Ward(IQueryable<ContentVersion> query, string value) =>
        Models.InvestmentText.Code(value) is { Length: <= 60 } code ? query.WhereIndexText(InvestmentIndex.Ward, code) : null;

    private static string? Listed(IReadOnlyList<KeyValuePair<string, string>> list, string value)
    {
        var code = value.Trim().ToLowerInvariant();
        return InvestmentCatalog.Contains(list, code) ? code : null;
    }
}
