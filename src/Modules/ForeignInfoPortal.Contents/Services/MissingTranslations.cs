using System.Security.Claims;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Services;

/// <summary>
/// Published items with no published translation in a culture: the work list of the people who translate.
/// A draft translation does not count as done, and is shown beside the item so it is finished rather than redone.
/// </summary>
internal sealed class MissingTranslations(PortalDbContext db, ContentAccess access)
{
    public const string ListUrl = "admin/translations";

    /// <summary>The most rows one page shows; the count says how many there are in all.</summary>
    public const int Limit = 200;

    public async Task<MissingTranslationList> ListAsync(ClaimsPrincipal user, IReadOnlyList<ContentTypeDefinition> types, string missingCulture,
        CancellationToken cancellationToken)
    {
        var names = types.Select(t => t.Name).ToList();
        var visible = await access.VisibleItemIdsAsync(user, types);
        var source = PortalCultures.Other(missingCulture);
        var translated = db.ContentVersions.WherePublic()
            .Where(t => t.Culture == missingCulture && t.ContentItem.LocalizationSet != null);
        var query = db.ContentVersions.AsNoTracking()
            .WherePublic()
            .Where(v => v.Culture == source && names.Contains(v.ContentType)
                && visible.Contains(v.ContentItemId)
                && !translated.Any(t => t.ContentItem.LocalizationSet == v.ContentItem.LocalizationSet));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(v => v.ContentType).ThenByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id)
            .Take(Limit)
            .Select(v => new MissingTranslationRow(v.ContentItemId, v.ContentType, v.Title, v.PublishedUtc,
                db.ContentVersions.Where(t => t.IsLatest && t.Culture == missingCulture && v.ContentItem.LocalizationSet != null
                        && t.ContentItem.LocalizationSet == v.ContentItem.LocalizationSet)
                    .Select(t => (int?)t.ContentItemId).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new MissingTranslationList(rows, total);
    }
}

/// <summary>A published item lacking a published translation; <paramref name="DraftTranslationId"/> when one is under way.</summary>
internal sealed record MissingTranslationRow(int Id, string ContentType, string Title, DateTime? PublishedUtc, int? DraftTranslationId);

internal sealed record MissingTranslationList(IReadOnlyList<MissingTranslationRow> Rows, int Total);
