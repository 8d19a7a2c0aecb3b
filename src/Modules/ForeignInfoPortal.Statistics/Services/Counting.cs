using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Statistics.Models;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>The counting rules as pure functions: whether and where an item counts.</summary>
internal static class Counting
{
    /// <summary>
    /// Where the item counts, or null when it does not: it must be published, not in the bin, and have a
    /// published version with a publication date.
    /// </summary>
    public static CountKey? Counted(ContentItem item, ContentVersion? published) =>
        PublicContent.IsPublic(item, published) ? KeyOf(published) : null;

    /// <summary>The key a version counts under if its item counts; null when it has no publication date.</summary>
    public static CountKey? KeyOf(ContentVersion version) =>
        version.PublishedUtc is { } publishedUtc
            ? new CountKey
            {
                PublishedUtc = DateTime.SpecifyKind(publishedUtc, DateTimeKind.Utc),
                ContentType = version.ContentType,
                Subtype = version.Subtype ?? "",
                UnitId = version.UnitId ?? 0,
                Culture = version.Culture,
                Category = version.Category ?? "",
            }
            : null;

    /// <summary>The Vietnam day of a UTC instant: 16:30 UTC on 30/06 is 23:30 on 30/06 in Vietnam.</summary>
    public static DateOnly VietnamDay(DateTime utc) => DateOnly.FromDateTime(VietnamTime.FromUtc(utc));

    /// <summary>The first UTC instant of a Vietnam day.</summary>
    public static DateTime StartUtc(DateOnly day) => VietnamTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The counter row a key adds to.</summary>
    public static CounterRow RowOf(CountKey key) =>
        new(VietnamDay(key.PublishedUtc), key.ContentType, key.Subtype, key.UnitId, key.Culture, key.Category);

    /// <summary>True when both keys are the same (both null included): nothing counted changed.</summary>
    public static bool SameKey(CountKey? a, CountKey? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.PublishedUtc == b.PublishedUtc && RowOf(a) == RowOf(b);
}

/// <summary>The unique key of a <see cref="PublicationCounter"/> row (in the monthly tables, Day is the month's first day).</summary>
internal readonly record struct CounterRow(DateOnly Day, string ContentType, string Subtype, int UnitId, string Culture, string Category)
{
    public static CounterRow Of(PublicationCounter counter) =>
        new(counter.Day, counter.ContentType, counter.Subtype, counter.UnitId, counter.Culture, counter.Category);

    public override string ToString() =>
        $"{Day:yyyy-MM-dd} {ContentType}/{(Subtype.Length == 0 ? "-" : Subtype)} đơn vị {UnitId} {Culture} {(Category.Length == 0 ? "-" : Category)}";
}
