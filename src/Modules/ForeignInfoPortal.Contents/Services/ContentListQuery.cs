using System.Globalization;
using ForeignInfoPortal.Contents.ViewModels;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Services;

/// <summary>
/// Builds the admin list of a content type from the filter: latest versions, one row per item, only of the items the
/// user can see (<see cref="ContentScope"/>).
/// </summary>
internal static class ContentListQuery
{
    public const int PageSize = 20;

    // A LIKE pattern that finds the text anywhere, with the pattern characters of the text escaped.
    private static string Like(string text) => "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static async Task<(IReadOnlyList<ContentListRow> Rows, int Total, Dictionary<string, string> Errors)> RunAsync(
        PortalDbContext db, ContentTypeDefinition type, ContentListFilter filter, ContentScope scope, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var query = db.ContentVersions.AsNoTracking().Where(v => v.ContentType == type.Name && v.IsLatest);
        query = filter.Status switch
        {
            "draft" => query.Where(v => !v.ContentItem.IsDeleted && v.ContentItem.Status == ContentStatus.Draft),
            "published" => query.Where(v => !v.ContentItem.IsDeleted && v.ContentItem.Status == ContentStatus.Published),
            "unpublished" => query.Where(v => !v.ContentItem.IsDeleted && v.ContentItem.Status == ContentStatus.Unpublished),
            "deleted" => query.Where(v => v.ContentItem.IsDeleted),
            _ => query.Where(v => !v.ContentItem.IsDeleted),
        };

        query = scope.Apply(query);

        if (filter.Unit is { } unit)
        {
            query = query.Where(v => v.UnitId == unit);
        }

        // A Vietnam day runs from its local midnight; an item without a publication date counts by its creation.
        if (ParseDay(filter.From, "from", errors) is { } from)
        {
            var fromUtc = VietnamTime.ToUtc(from);
            query = query.Where(v => (v.PublishedUtc ?? v.ContentItem.CreatedUtc) >= fromUtc);
        }

        if (ParseDay(filter.To, "to", errors) is { } to)
        {
            var toUtc = VietnamTime.ToUtc(to.AddDays(1));
            query = query.Where(v => (v.PublishedUtc ?? v.ContentItem.CreatedUtc) < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(filter.Subtype))
        {
            if (type.Subtypes.Any(s => s.Key == filter.Subtype))
            {
                query = query.Where(v => v.Subtype == filter.Subtype);
            }
            else
            {
                errors["subtype"] = "Loại không hợp lệ.";
            }
        }

        // A value a type's filter cannot read is reported beside its input, and the list shows unfiltered.
        foreach (var typeFilter in type.Filters)
        {
            if (filter.TypeFilters.TryGetValue(typeFilter.Name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                var filtered = typeFilter.Apply(query, value.Trim());
                if (filtered is null)
                {
                    errors[typeFilter.Name] = $"Giá trị không hợp lệ cho {typeFilter.DisplayName.ToLower(VietnamTime.Culture)}.";
                }
                else
                {
                    query = filtered;
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // Folded on both sides: "den co", "Đền Cô" and "ĐỀN CÔ" all find "Đền Cô", drafts included. Versions saved
            // before titles were indexed folded are still found by their title as typed.
            var words = filter.Q.Trim();
            var folded = Like(ContentIndexNames.Fold(words));
            var asTyped = Like(words);
            query = query.Where(v => v.Index.Any(i => i.Name == ContentIndexNames.FoldedTitle && EF.Functions.Like(i.Text!, folded, "\\"))
                || EF.Functions.Like(v.Title, asTyped, "\\"));
        }

        var total = await query.CountAsync(cancellationToken);
        var descending = !string.Equals(filter.Dir, "asc", StringComparison.OrdinalIgnoreCase);
        var ordered = (filter.Sort ?? "").ToLowerInvariant() switch
        {
            "title" => descending ? query.OrderByDescending(v => v.Title) : query.OrderBy(v => v.Title),
            "published" => descending ? query.OrderByDescending(v => v.PublishedUtc) : query.OrderBy(v => v.PublishedUtc),
            _ => descending ? query.OrderByDescending(v => v.ContentItem.ModifiedUtc) : query.OrderBy(v => v.ContentItem.ModifiedUtc),
        };

        var page = await ordered.ThenByDescending(v => v.ContentItemId)
            .Skip((Math.Max(filter.Page, 1) - 1) * PageSize)
            .Take(PageSize)
            .Select(v => new
            {
                Version = v,
                v.ContentItemId,
                v.Title,
                v.ContentItem.Status,
                v.ContentItem.IsDeleted,
                v.IsPublished,
                v.UnitId,
                v.PublishedUtc,
                v.ContentItem.ModifiedUtc,
                v.ContentItem.OwnerId,
            })
            .ToListAsync(cancellationToken);

        var unitIds = page.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var owners = await UserNamesAsync(db, page.Select(r => r.OwnerId), cancellationToken);
        var rows = page.Select(r => new ContentListRow(
            r.ContentItemId, r.Title, r.Status, r.IsDeleted,
            HasNewerDraft: r.Status == ContentStatus.Published && !r.IsPublished,
            r.UnitId is { } u && units.TryGetValue(u, out var name) ? name : null,
            r.PublishedUtc, r.ModifiedUtc,
            r.OwnerId is not null && owners.TryGetValue(r.OwnerId, out var owner) ? owner : null)
        {
            SubtypeName = r.Version.Subtype is { } code ? type.Subtypes.FirstOrDefault(s => s.Key == code).Value ?? code : null,
            Columns = type.AdminColumns.Select(c => c.Value(r.Version)).ToList(),
        }).ToList();
        return (rows, total, errors);
    }

    /// <summary>Display names (or e-mails) of users by id.</summary>
    public static async Task<Dictionary<string, string>> UserNamesAsync(PortalDbContext db, IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.UserName })
            .ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => u.DisplayName ?? u.Email ?? u.UserName ?? u.Id);
    }

    private static DateTime? ParseDay(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.Date;
        }

        errors[field] = "Ngày không hợp lệ: hãy nhập theo dạng dd/MM/yyyy.";
        return null;
    }
}
