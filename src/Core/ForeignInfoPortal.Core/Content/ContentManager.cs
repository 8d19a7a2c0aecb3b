using System.Runtime.CompilerServices;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ForeignInfoPortal.Core.Content;

internal sealed class ContentManager(
    PortalDbContext db,
    IContentTypeRegistry types,
    ContentInputValidator validator,
    IEnumerable<IContentHandler> handlers,
    TimeProvider clock,
    Caching.PageCacheReads pageReads,
    PublicReads publicReads) : IContentManager
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<ContentItem> CreateAsync(string contentType, ContentInput input, string? userId, CancellationToken cancellationToken = default)
    {
        var definition = types.Find(contentType) ?? throw new ContentNotFoundException();
        return ChangeAsync(async () =>
        {
            var now = Now;
            var item = new ContentItem
            {
                ContentType = definition.Name,
                Status = ContentStatus.Draft,
                OwnerId = userId,
                CreatedUtc = now,
                ModifiedUtc = now,
                Revision = 1,
            };
            var version = await NewVersionAsync(definition, item, input, number: 1, previousPublishedUtc: null, userId, cancellationToken);
            item.Versions.Add(version);
            db.ContentItems.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            await RaiseAsync((h, c) => h.CreatedAsync(c), new(item, version, null, userId), cancellationToken);
            return item;
        }, cancellationToken);
    }

    public Task<ContentItem> SaveDraftAsync(int id, int expectedRevision, ContentInput input, string? userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(async () =>
        {
            var (item, latest, published) = await LoadForChangeAsync(id, expectedRevision, cancellationToken);
            RequireNotDeleted(item);
            var definition = types.Find(item.ContentType) ?? throw new ContentNotFoundException();
            var version = await NewVersionAsync(definition, item, input, latest.Number + 1, latest.PublishedUtc, userId, cancellationToken);
            latest.IsLatest = false;
            item.Versions.Add(version);
            Touch(item);
            await db.SaveChangesAsync(cancellationToken);
            await RaiseAsync((h, c) => h.DraftSavedAsync(c), new(item, version, published, userId), cancellationToken);
            return item;
        }, cancellationToken);

    public Task<ContentItem> PublishAsync(int id, int expectedRevision, string? userId, CancellationToken cancellationToken = default) =>
        PublishAsync(id, expectedRevision, publishedUtc: null, userId, cancellationToken);

    public Task<ContentItem> PublishAsync(int id, int expectedRevision, DateTime? publishedUtc, string? userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(async () =>
        {
            var (item, latest, published) = await LoadForChangeAsync(id, expectedRevision, cancellationToken);
            RequireNotDeleted(item);
            if (latest.IsPublished)
            {
                throw new ContentStateException("Phiên bản mới nhất đã được xuất bản.");
            }

            if (published is not null)
            {
                published.IsPublished = false;

                // Both rows hold the slug for a moment; write the old one first so the unique index stays happy.
                await db.SaveChangesAsync(cancellationToken);
            }

            latest.IsPublished = true;
            latest.PublishedUtc = publishedUtc is { } chosen ? DateTime.SpecifyKind(chosen, DateTimeKind.Utc) : latest.PublishedUtc ?? Now;
            item.Status = ContentStatus.Published;
            Touch(item);
            await db.SaveChangesAsync(cancellationToken);
            await RaiseAsync((h, c) => h.PublishedAsync(c), new(item, latest, published, userId), cancellationToken);
            return item;
        }, cancellationToken);

    public Task<ContentItem> UnpublishAsync(int id, int expectedRevision, string? userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(async () =>
        {
            var (item, latest, published) = await LoadForChangeAsync(id, expectedRevision, cancellationToken);
            RequireNotDeleted(item);
            if (published is null)
            {
                throw new ContentStateException("Nội dung chưa được xuất bản nên không thể gỡ.");
            }

            published.IsPublished = false;
            item.Status = ContentStatus.Unpublished;
            Touch(item);
            await db.SaveChangesAsync(cancellationToken);
            await RaiseAsync((h, c) => h.UnpublishedAsync(c), new(item, latest, published, userId), cancellationToken);
            return item;
        }, cancellationToken);

    public Task<ContentItem> DeleteAsync(int id, int expectedRevision, string? userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(async () =>
        {
            var (item, latest, published) = await LoadForChangeAsync(id, expectedRevision, cancellationToken);
            RequireNotDeleted(item);
            item.IsDeleted = true;
            item.DeletedUtc = Now;
            Touch(item);
            await db.SaveChangesAsync(cancellationToken);
            await RaiseAsync((h, c) => h.RemovedAsync(c), new(item, latest, published, userId), cancellationToken);
            return item;
        }, cancellationToken);

    public Task<ContentItem> RestoreAsync(int id, int expectedRevision, string? userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(async () =>
        {
            var (item, latest, published) = await LoadForChangeAsync(id, expectedRevision, cancellationToken);
            if (!item.IsDeleted)
            {
                throw new ContentStateException("Nội dung không nằm trong thùng rác.");
            }

            item.IsDeleted = false;
            item.DeletedUtc = null;
            Touch(item);
            await db.SaveChangesAsync(cancellationToken);
            await RaiseAsync((h, c) => h.RestoredAsync(c), new(item, latest, published, userId), cancellationToken);
            return item;
        }, cancellationToken);

    public Task<ContentItem?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        db.ContentItems.AsNoTracking().Include(i => i.Versions.OrderByDescending(v => v.Number))
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<ContentVersion?> GetPublishedAsync(string contentType, string culture, string slug, CancellationToken cancellationToken = default)
    {
        // With its item, which the query joins anyway: its localization set names the page's translations, so a page
        // without any needs no second read for them. Through the public read context: one statement, prepared once.
        var version = await PublishedBySlug(publicReads.Context, contentType, culture, slug, cancellationToken);

        // The cached page changes with this item only; a page about a missing one, with its type (a publication may fill it).
        if (version is null)
        {
            pageReads.ContentTypeRead(contentType);
        }
        else
        {
            pageReads.ItemRead(version.ContentItemId);
        }

        return version;
    }

    public IQueryable<ContentVersion> QueryPublished(string contentType, string culture)
    {
        pageReads.ContentTypeRead(contentType);
        return Published(db, contentType, culture);
    }

    public IQueryable<ContentVersion> QueryPublishedTranslations(string contentType, string localizationSet)
    {
        pageReads.ContentTypeRead(contentType);
        return PublishedInAnyCulture(db, contentType).Where(v => v.ContentItem.LocalizationSet == localizationSet);
    }

    private static IQueryable<ContentVersion> Published(PortalDbContext context, string contentType, string culture) =>
        PublishedInAnyCulture(context, contentType).Where(v => v.Culture == culture);

    private static IQueryable<ContentVersion> PublishedInAnyCulture(PortalDbContext context, string contentType) =>
        context.ContentVersions.AsNoTracking().Where(v => v.ContentType == contentType).WherePublic();

    // Every public detail page's read, compiled once per model: finding a composed query in EF's cache (its parameters
    // extracted, its shape compared) was about a twentieth of an uncached page's processor time. EF refuses to run a
    // compiled query against a model other than the first it ran on, and a process may hold several (one per engine
    // and set of modules, ADR 0027; a test process runs hosts of both engines).
    private static readonly ConditionalWeakTable<IModel, Func<PortalDbContext, string, string, string, CancellationToken, Task<ContentVersion?>>>
        PublishedBySlugByModel = [];

    private static Task<ContentVersion?> PublishedBySlug(PortalDbContext context, string contentType, string culture, string slug,
        CancellationToken cancellationToken) =>
        PublishedBySlugByModel.GetValue(context.Model, _ => EF.CompileAsyncQuery(
            (PortalDbContext context, string contentType, string culture, string slug, CancellationToken cancellationToken) =>
                context.ContentVersions.AsNoTracking().Include(v => v.ContentItem)
                    .Where(v => v.ContentType == contentType && v.Culture == culture && v.Slug == slug)
                    .Where(PublicContent.IsPublicVersion)
                    .FirstOrDefault()))(context, contentType, culture, slug, cancellationToken);

    private async Task<ContentItem> ChangeAsync(Func<Task<ContentItem>> change, CancellationToken cancellationToken)
    {
        var ownsTransaction = db.Database.CurrentTransaction is null;
        try
        {
            return await db.InTransactionAsync(change, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Forget(ownsTransaction);
            throw new ContentConcurrencyException();
        }
        catch
        {
            Forget(ownsTransaction);
            throw;
        }
    }

    // After a refused change the context still tracks what was not written; drop it so the next call
    // on this unit of work starts clean.
    private void Forget(bool ownsTransaction)
    {
        if (ownsTransaction)
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<(ContentItem Item, ContentVersion Latest, ContentVersion? Published)> LoadForChangeAsync(
        int id, int expectedRevision, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new ContentNotFoundException();
        if (item.Revision != expectedRevision)
        {
            throw new ContentConcurrencyException();
        }

        var current = await db.ContentVersions
            .Where(v => v.ContentItemId == id && (v.IsLatest || v.IsPublished))
            .ToListAsync(cancellationToken);
        var latest = current.Single(v => v.IsLatest);
        return (item, latest, current.SingleOrDefault(v => v.IsPublished));
    }

    private async Task<ContentVersion> NewVersionAsync(ContentTypeDefinition definition, ContentItem item, ContentInput input,
        int number, DateTime? previousPublishedUtc, string? userId, CancellationToken cancellationToken)
    {
        var valid = await validator.ValidateAsync(definition, item.Id, input, cancellationToken);
        var data = JsonSerializer.Serialize(input.Fields, definition.FieldsType, ContentJson.Options);
        var featuredImage = string.IsNullOrWhiteSpace(input.FeaturedImage) ? null : input.FeaturedImage.Trim();
        return new ContentVersion
        {
            ContentItem = item,
            Number = number,
            ContentType = definition.Name,
            Title = valid.Title,
            Slug = valid.Slug,
            Summary = valid.Summary,
            Culture = valid.Culture,
            UnitId = input.UnitId,
            FeaturedImage = featuredImage,
            Subtype = input.Fields.Subtype,
            Category = input.Fields.Category,
            PublishedUtc = input.PublishedUtc ?? previousPublishedUtc,
            Data = data,
            CreatedUtc = Now,
            AuthorId = userId,
            IsLatest = true,
            Index = input.Fields.GetIndexValues()
                .Concat(Files.ContentFileIndex.Values(input.Fields)) // the download endpoint asks which versions refer to a file
                .Concat(Media.ContentMediaIndex.Values(input.Fields, data, featuredImage)) // where a library picture is used
                .Append(ContentIndexValue.OfText(ContentIndexNames.FoldedTitle, ContentIndexNames.Fold(valid.Title)))
                .Select(v => new ContentIndexEntry { Name = v.Name, Text = v.Text, Date = v.Date, Number = v.Number })
                .ToList(),
        };
    }

    private void Touch(ContentItem item)
    {
        item.Revision++;
        item.ModifiedUtc = Now;
    }

    private static void RequireNotDeleted(ContentItem item)
    {
        if (item.IsDeleted)
        {
            throw new ContentStateException("Nội dung đang nằm trong thùng rác; hãy khôi phục trước.");
        }
    }

    private async Task RaiseAsync(Func<IContentHandler, ContentEventContext, Task> raise, ContentEventContext context, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await raise(handler, context);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
