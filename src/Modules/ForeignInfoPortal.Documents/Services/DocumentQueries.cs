using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Documents.Models;
using ForeignInfoPortal.Documents.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>
/// The public reads of documents: the library's pages (filtered, sorted and paged in SQL over the content index,
/// projected without the full text), the latest documents, and the relations that make a legal status.
/// </summary>
internal sealed class DocumentQueries(IContentManager content, TimeProvider clock)
{
    public const int PageSize = 20;

    public DateOnly Today => DocumentFilters.Today(clock);

    /// <summary>One page of the library; null when the page is past the end.</summary>
    public async Task<DocumentsPage?> GetPageAsync(string culture, DocumentListQuery filter, DocumentsSettings settings, CancellationToken cancellationToken)
    {
        var query = Filter(content.QueryPublished(DocumentsModule.ContentType, culture), filter);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (filter.Page < 1 || filter.Page > pageCount)
        {
            return null;
        }

        var items = await ProjectAsync(Sort(query, filter.Sort).Skip((filter.Page - 1) * PageSize).Take(PageSize), culture, settings, cancellationToken);
        return new DocumentsPage(items, filter.Page, pageCount, total);
    }

    /// <summary>
    /// The most recently issued published documents, newest first (the library's default order), read from the issue
    /// dates' index rather than by the library's sort, which computes every published document's date first
    /// (benchmarks/README.md, session 17). The issue date is required, so every document has exactly one.
    /// </summary>
    public Task<List<DocumentRow>> GetLatestAsync(string culture, int count, DocumentsSettings settings, CancellationToken cancellationToken) =>
        ProjectAsync(content.QueryPublished(DocumentsModule.ContentType, culture).NewestByIndexDate(DocumentIndex.IssueDate).Take(count),
            culture, settings, cancellationToken);

    /// <summary>The issue years of published documents, newest first, for the year filter.</summary>
    public Task<List<string>> GetYearsAsync(string culture, CancellationToken cancellationToken) =>
        content.QueryPublished(DocumentsModule.ContentType, culture)
            .SelectMany(v => v.Index.Where(i => i.Name == DocumentIndex.Year).Select(i => i.Text!))
            .Distinct()
            .OrderByDescending(y => y)
            .ToListAsync(cancellationToken);

    /// <summary>Published documents that replace or amend any of <paramref name="numbers"/>, whether in effect yet or not.</summary>
    public async Task<List<IncomingRelation>> GetIncomingAsync(string culture, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
        {
            return [];
        }

        var targets = numbers.ToList();
        var rows = await content.QueryPublished(DocumentsModule.ContentType, culture)
            .SelectMany(
                o => o.Index.Where(i => (i.Name == DocumentIndex.Replaces || i.Name == DocumentIndex.Amends) && targets.Contains(i.Text!)),
                (o, i) => new
                {
                    i.Name,
                    Target = i.Text!,
                    o.Title,
                    o.Slug,
                    Number = o.Index.Where(n => n.Name == DocumentIndex.Number).Select(n => n.Text).FirstOrDefault(),
                    Effective = o.Index.Where(n => n.Name == DocumentIndex.EffectiveDate).Select(n => n.Date).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new IncomingRelation(r.Name, r.Target, r.Title, r.Slug, r.Number, Day(r.Effective))).ToList();
    }

    /// <summary>The published documents among <paramref name="numbers"/>, by normalised number.</summary>
    public async Task<Dictionary<string, (string Title, string Slug)>> FindByNumbersAsync(string culture, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
        {
            return [];
        }

        var targets = numbers.ToList();
        var rows = await content.QueryPublished(DocumentsModule.ContentType, culture)
            .SelectMany(v => v.Index.Where(i => i.Name == DocumentIndex.Number && targets.Contains(i.Text!)), (v, i) => new { Number = i.Text!, v.Title, v.Slug })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.First().Title, g.First().Slug), StringComparer.Ordinal);
    }

    /// <summary>The status of a document with this number on today's Vietnam day, given the documents that point at it.</summary>
    public LegalStatus StatusOf(string? number, DateOnly issueDate, DateOnly? effectiveDate, DateOnly? expiryDate, IEnumerable<IncomingRelation> incoming)
    {
        var today = Today;
        var inEffect = incoming.Where(r => r.Target == number && r.EffectiveDate is { } d && d <= today).ToList();
        return LegalStatusRules.Compute(issueDate, effectiveDate, expiryDate,
            replaced: inEffect.Any(r => r.Kind == DocumentIndex.Replaces),
            amended: inEffect.Any(r => r.Kind == DocumentIndex.Amends),
            today);
    }

    private static IQueryable<ContentVersion> Filter(IQueryable<ContentVersion> query, DocumentListQuery filter)
    {
        if (DocumentTypes.IsKnown(filter.Subtype))
        {
            query = query.Where(v => v.Subtype == filter.Subtype);
        }

        query = Apply(query, filter.Issuer, DocumentFilters.Issuer);
        query = Apply(query, filter.Field, DocumentFilters.Field);
        query = Apply(query, filter.Year, DocumentFilters.Year);
        return Apply(query, filter.Status, DocumentFilters.Status);
    }

    private static IQueryable<ContentVersion> Apply(IQueryable<ContentVersion> query, string? value,
        Func<IQueryable<ContentVersion>, string, IQueryable<ContentVersion>?> filter) =>
        string.IsNullOrWhiteSpace(value) ? query : filter(query, value.Trim()) ?? query;

    private static IQueryable<ContentVersion> Sort(IQueryable<ContentVersion> query, string? sort) => sort switch
    {
        DocumentListQuery.SortDateAscending => query.OrderByIndexDate(DocumentIndex.IssueDate, descending: false).ThenBy(v => v.Id),
        DocumentListQuery.SortNumber => query.OrderByIndexText(DocumentIndex.Year, descending: true)
            .ThenBy(v => v.Index.Where(i => i.Name == DocumentIndex.NumberSort).Max(i => i.Text))
            .ThenBy(v => v.Id),
        _ => query.OrderByIndexDate(DocumentIndex.IssueDate, descending: true).ThenByDescending(v => v.Id),
    };

    private async Task<List<DocumentRow>> ProjectAsync(IQueryable<ContentVersion> query, string culture, DocumentsSettings settings, CancellationToken cancellationToken)
    {
        // The full text stays in the database: a list needs the index values only.
        var rows = await query
            .Select(v => new
            {
                v.Title,
                v.Slug,
                v.Subtype,
                Number = v.Index.Where(i => i.Name == DocumentIndex.Number).Select(i => i.Text).FirstOrDefault(),
                Issuer = v.Index.Where(i => i.Name == DocumentIndex.Issuer).Select(i => i.Text).FirstOrDefault(),
                Issued = v.Index.Where(i => i.Name == DocumentIndex.IssueDate).Select(i => i.Date).FirstOrDefault(),
                Effective = v.Index.Where(i => i.Name == DocumentIndex.EffectiveDate).Select(i => i.Date).FirstOrDefault(),
                Expiry = v.Index.Where(i => i.Name == DocumentIndex.ExpiryDate).Select(i => i.Date).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var incoming = await GetIncomingAsync(culture, rows.Where(r => r.Number is not null).Select(r => r.Number!).ToList(), cancellationToken);
        return rows.Select(r => new DocumentRow(
                r.Title, r.Slug, r.Number, DocumentTypes.NameOf(r.Subtype), Day(r.Issued), settings.IssuingBodyNameIn(r.Issuer, culture),
                StatusOf(r.Number, Day(r.Issued) ?? DateOnly.MinValue, Day(r.Effective), Day(r.Expiry), incoming)))
            .ToList();
    }

    private static DateOnly? Day(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;
}
