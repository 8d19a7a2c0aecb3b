namespace ForeignInfoPortal.Core.Content;

/// <summary>Filters and orders versions on their indexed field values; translated to SQL on every provider.</summary>
public static class ContentIndexQueryExtensions
{
    /// <summary>Versions with a text value equal to <paramref name="text"/> under <paramref name="name"/>.</summary>
    public static IQueryable<ContentVersion> WhereIndexText(this IQueryable<ContentVersion> query, string name, string text) =>
        query.Where(v => v.Index.Any(i => i.Name == name && i.Text == text));

    /// <summary>Versions with a date under <paramref name="name"/> in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    public static IQueryable<ContentVersion> WhereIndexDate(this IQueryable<ContentVersion> query, string name, DateTime fromUtc, DateTime toUtc) =>
        query.Where(v => v.Index.Any(i => i.Name == name && i.Date >= fromUtc && i.Date < toUtc));

    /// <summary>Orders by the date under <paramref name="name"/> (where versions without one fall depends on the engine).</summary>
    public static IOrderedQueryable<ContentVersion> OrderByIndexDate(this IQueryable<ContentVersion> query, string name, bool descending) =>
        descending
            ? query.OrderByDescending(v => v.Index.Where(i => i.Name == name).Max(i => i.Date))
            : query.OrderBy(v => v.Index.Where(i => i.Name == name).Max(i => i.Date));

    /// <summary>
    /// The versions newest first by their date under <paramref name="name"/> (ties: the newer id first), for a short list
    /// of the latest: the database can walk the <c>(Name, Date)</c> index from the newest date and stop when the list
    /// is full, so the cost depends on the newer entries it skips (drafts, earlier versions, the other culture), where
    /// <see cref="OrderByIndexDate"/> computes the date of every version the query keeps. For a date every version has
    /// exactly once (a required field): a version without one is left out, one with two would be listed twice.
    /// </summary>
    public static IQueryable<ContentVersion> NewestByIndexDate(this IQueryable<ContentVersion> query, string name) =>
        query.SelectMany(v => v.Index.Where(i => i.Name == name && i.Date != null), (v, i) => new { Version = v, i.Date })
            .OrderByDescending(x => x.Date).ThenByDescending(x => x.Version.Id)
            .Select(x => x.Version);

    /// <summary>Orders by the text under <paramref name="name"/>.</summary>
    public static IOrderedQueryable<ContentVersion> OrderByIndexText(this IQueryable<ContentVersion> query, string name, bool descending) =>
        descending
            ? query.OrderByDescending(v => v.Index.Where(i => i.Name == name).Max(i => i.Text))
            : query.OrderBy(v => v.Index.Where(i => i.Name == name).Max(i => i.Text));
}
