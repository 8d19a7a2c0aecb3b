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

    /// <summary>Orders by the date under <paramref name="name"/> (versions without one last when descending).</summary>
    public static IOrderedQueryable<ContentVersion> OrderByIndexDate(this IQueryable<ContentVersion> query, string name, bool descending) =>
        descending
            ? query.OrderByDescending(v => v.Index.Where(i => i.Name == name).Max(i => i.Date))
            : query.OrderBy(v => v.Index.Where(i => i.Name == name).Max(i => i.Date));

    /// <summary>Orders by the text under <paramref name="name"/>.</summary>
    public static IOrderedQueryable<ContentVersion> OrderByIndexText(this IQueryable<ContentVersion> query, string name, bool descending) =>
        descending
            ? query.OrderByDescending(v => v.Index.Where(i => i.Name == name).Max(i => i.Text))
            : query.OrderBy(v => v.Index.Where(i => i.Name == name).Max(i => i.Text));
}
