using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Services;

/// <summary>
/// Translations of an item: items of the same type sharing its <see cref="ContentItem.LocalizationSet"/>, one per
/// culture (ADR 0019). Adding one creates a draft in the other culture from the item's latest version, through the
/// content manager, in one transaction that takes the item's row first (SQLite's write lock, PostgreSQL's row lock),
/// so two editors clicking at once cannot both create a translation in the same culture.
/// </summary>
internal sealed class ContentTranslations(PortalDbContext db, IContentManager manager)
{
    /// <summary>The other items of the item's set with their latest version's culture and title, deleted ones included.</summary>
    public async Task<IReadOnlyList<TranslationLink>> ListAsync(int itemId, CancellationToken cancellationToken)
    {
        var set = await db.ContentItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.LocalizationSet).FirstOrDefaultAsync(cancellationToken);
        if (set is null)
        {
            return [];
        }

        return await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsLatest && v.ContentItem.LocalizationSet == set && v.ContentItemId != itemId)
            .OrderBy(v => v.Culture)
            .Select(v => new TranslationLink(v.ContentItemId, v.ContentType, v.Culture, v.Title, v.ContentItem.Status, v.ContentItem.IsDeleted))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the item's translation in the other culture as a draft (a copy of the latest version to translate)
    /// and links both. Refused with a <see cref="ContentStateException"/> when the set already has an item in that
    /// culture; the content manager's validation errors come through unchanged. Nothing is written when refused.
    /// </summary>
    public async Task<ContentItem> AddAsync(ContentTypeDefinition type, int itemId, string? userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The first statement writes: the item's row is held until the commit, and the set gets its key.
        var newSet = Guid.NewGuid().ToString("N");
        var updated = await db.ContentItems.Where(i => i.Id == itemId && i.ContentType == type.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LocalizationSet, i => i.LocalizationSet ?? newSet), cancellationToken);
        if (updated == 0)
        {
            throw new ContentNotFoundException();
        }

        var source = await db.ContentVersions.AsNoTracking().Include(v => v.ContentItem)
            .FirstAsync(v => v.ContentItemId == itemId && v.IsLatest, cancellationToken);
        var culture = PortalCultures.Other(source.Culture);
        await EnsureFreeAsync(source.ContentItem.LocalizationSet!, culture, cancellationToken);

        var input = ContentInput.FromVersion(type, source);
        input.Culture = culture;
        input.PublishedUtc = null;
        var translation = await manager.CreateAsync(type.Name, input, userId, cancellationToken);
        await db.ContentItems.Where(i => i.Id == translation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LocalizationSet, source.ContentItem.LocalizationSet), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        translation.LocalizationSet = source.ContentItem.LocalizationSet;
        return translation;
    }

    /// <summary>
    /// Links two existing items of one type written in different cultures (the API's link): they join the set of
    /// whichever has one. Refused when they are in the same culture, in two different sets, or when the set already
    /// has another item in the culture of either.
    /// </summary>
    public async Task<string> LinkAsync(ContentTypeDefinition type, int itemId, int otherId, CancellationToken cancellationToken)
    {
        if (itemId == otherId)
        {
            throw new ContentStateException("Không thể liên kết một nội dung với chính nó.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Take both rows before reading anything (a no-op write), so a concurrent link or translation waits.
        var locked = await db.ContentItems.Where(i => (i.Id == itemId || i.Id == otherId) && i.ContentType == type.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LocalizationSet, i => i.LocalizationSet), cancellationToken);
        if (locked != 2)
        {
            throw new ContentNotFoundException();
        }

        var items = await db.ContentVersions.AsNoTracking().Where(v => v.IsLatest && (v.ContentItemId == itemId || v.ContentItemId == otherId))
            .Select(v => new { v.ContentItemId, v.Culture, v.ContentItem.LocalizationSet }).ToListAsync(cancellationToken);
        var (item, other) = (items.Single(i => i.ContentItemId == itemId), items.Single(i => i.ContentItemId == otherId));
        if (item.Culture == other.Culture)
        {
            throw new ContentStateException($"Hai nội dung cùng viết bằng {ContentText.CultureInSentence(item.Culture)}: bản dịch phải ở ngôn ngữ khác.");
        }

        if (item.LocalizationSet is not null && other.LocalizationSet is not null && item.LocalizationSet != other.LocalizationSet)
        {
            throw new ContentStateException("Hai nội dung đã thuộc hai nhóm bản dịch khác nhau.");
        }

        var set = item.LocalizationSet ?? other.LocalizationSet ?? Guid.NewGuid().ToString("N");
        await EnsureFreeAsync(set, other.Culture, cancellationToken, except: otherId);
        await EnsureFreeAsync(set, item.Culture, cancellationToken, except: itemId);
        await db.ContentItems.Where(i => i.Id == itemId || i.Id == otherId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LocalizationSet, set), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return set;
    }

    // One item per culture per set; an item in the bin still holds its place (restoring it would make two).
    private async Task EnsureFreeAsync(string set, string culture, CancellationToken cancellationToken, int? except = null)
    {
        var taken = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsLatest && v.Culture == culture && v.ContentItem.LocalizationSet == set && v.ContentItemId != except)
            .Select(v => new { v.ContentItemId, v.Title, v.ContentItem.IsDeleted })
            .FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            throw new ContentStateException(
                $"Nội dung này đã có bản dịch {ContentText.CultureInSentence(culture)}: “{taken.Title}” (mã {taken.ContentItemId}"
                + (taken.IsDeleted ? ", đang ở thùng rác" : "") + "). Mỗi ngôn ngữ chỉ có một bản dịch.");
        }
    }
}

/// <summary>A linked translation as the editor and the API show it.</summary>
internal sealed record TranslationLink(int Id, string ContentType, string Culture, string Title, ContentStatus Status, bool IsDeleted);
