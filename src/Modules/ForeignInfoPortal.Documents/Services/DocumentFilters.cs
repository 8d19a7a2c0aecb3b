using System.Globalization;
using System.Linq.Expressions;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Documents.Models;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>
/// The filters that the public library, the admin list and the API share (registered as the type's
/// <see cref="ContentFilter"/>s), all translated to SQL over the content index. Each returns null for a value
/// it does not accept.
/// </summary>
internal static class DocumentFilters
{
    public static IQueryable<ContentVersion>? Issuer(IQueryable<ContentVersion> query, string value) =>
        Code(value) is { } code ? query.WhereIndexText(DocumentIndex.Issuer, code) : null;

    public static IQueryable<ContentVersion>? Field(IQueryable<ContentVersion> query, string value) =>
        Code(value) is { } code ? query.WhereIndexText(DocumentIndex.Field, code) : null;

    public static IQueryable<ContentVersion>? Year(IQueryable<ContentVersion> query, string value) =>
        value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1945
            ? query.WhereIndexText(DocumentIndex.Year, value)
            : null;

    /// <summary>The document with this number and symbol, in any spelling that parses ("Số: 64/kh-ubnd").</summary>
    public static IQueryable<ContentVersion>? Number(IQueryable<ContentVersion> query, string value) =>
        DocumentNumber.Normalize(value) is { } number ? query.WhereIndexText(DocumentIndex.Number, number) : null;

    /// <summary>
    /// The legal status on today's Vietnam day, by the rules of <see cref="LegalStatusRules.Compute"/>:
    /// replaced, expired, not-yet, amended, in-force (which includes amended documents: they are in force).
    /// </summary>
    public static IQueryable<ContentVersion>? Status(IQueryable<ContentVersion> query, string value) =>
        Status(query, value, Today(TimeProvider.System));

    public static IQueryable<ContentVersion>? Status(IQueryable<ContentVersion> query, string value, DateOnly today)
    {
        var day = DocumentIndex.Day(today);
        var inEffect = ContentVersionRoot.Of(query).WherePublic().Where(o => o.ContentType == DocumentsModule.ContentType
            && o.Index.Any(i => i.Name == DocumentIndex.EffectiveDate && i.Date <= day));
        Expression<Func<ContentVersion, bool>> replaced = v => inEffect.Any(o => o.Culture == v.Culture
            && o.Index.Any(i => i.Name == DocumentIndex.Replaces && v.Index.Any(n => n.Name == DocumentIndex.Number && n.Text == i.Text)));
        Expression<Func<ContentVersion, bool>> amended = v => inEffect.Any(o => o.Culture == v.Culture
            && o.Index.Any(i => i.Name == DocumentIndex.Amends && v.Index.Any(n => n.Name == DocumentIndex.Number && n.Text == i.Text)));
        Expression<Func<ContentVersion, bool>> expired = v => v.Index.Any(i => i.Name == DocumentIndex.ExpiryDate && i.Date < day);
        Expression<Func<ContentVersion, bool>> notYet = v => v.Index.Any(i => i.Name == DocumentIndex.EffectiveDate && i.Date > day);

        return value switch
        {
            "replaced" => query.Where(replaced),
            "expired" => query.Where(Not(replaced)).Where(expired),
            "not-yet" => query.Where(Not(replaced)).Where(Not(expired)).Where(notYet),
            "amended" => query.Where(Not(replaced)).Where(Not(expired)).Where(Not(notYet)).Where(amended),
            "in-force" => query.Where(Not(replaced)).Where(Not(expired)).Where(Not(notYet)),
            _ => null,
        };
    }

    /// <summary>Today in Vietnam, the day statuses are computed for.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(VietnamTime.FromUtc(clock.GetUtcNow().UtcDateTime));

    private static string? Code(string value)
    {
        var code = value.Trim().ToLowerInvariant();
        return code.Length is > 0 and <= 60 ? code : null;
    }

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
