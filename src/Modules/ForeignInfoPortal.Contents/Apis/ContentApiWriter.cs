using System.Globalization;
using System.Security.Claims;
using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// The API's writes, checked as the admin checks them (<see cref="ContentAccess"/>: EditOwn/EditAny to draft, for one's
/// units, ViewDrafts to read, Publish, Unpublish, Delete for the actions, SetPublicationDate to choose a date) and made through
/// <see cref="IContentManager"/> only, so versions, events, the ledger and the counters move exactly as for the admin.
/// Every refusal is an <see cref="ApiRefusal"/> or the content manager's own exception.
/// </summary>
internal sealed class ContentApiWriter(
    PortalDbContext db, IContentTypeRegistry types, IContentManager manager, ContentAccess access, ContentUploads uploads, ContentApiBody body,
    ContentTranslations translations)
{
    public async Task<ContentApiDocument> CreateAsync(string type, HttpContext http, CancellationToken cancellationToken)
    {
        var definition = TypeOf(type);
        await RequireAsync(await access.CanCreateAsync(http.User, definition), $"Tài khoản không có quyền tạo {definition.DisplayName}.");
        var input = await body.ReadWriteAsync(http.Request, definition, cancellationToken);
        await RequireDateAsync(http.User, definition, input.Request.PublishedAt, stored: null);
        await RequireUnitAsync(http.User, definition, input);
        var userId = ContentAccess.UserId(http.User);
        var created = await uploads.CommitAsync(definition, input.Fields, input.Form, http.User,
            () => manager.CreateAsync(definition.Name, ToContentInput(input, culture: PortalCultures.Vietnamese), userId, cancellationToken),
            cancellationToken);
        return await DocumentAsync(definition, created.Id, http, cancellationToken);
    }

    public async Task<ContentApiDocument> GetAsync(string type, int id, HttpContext http, CancellationToken cancellationToken)
    {
        var definition = TypeOf(type);
        var item = await ItemAsync(definition, id, cancellationToken);
        await RequireAsync(await access.CanViewAsync(http.User, definition, item), "Tài khoản không có quyền xem bản đang soạn của nội dung này.");
        return await DocumentAsync(definition, item, http, cancellationToken);
    }

    /// <summary>Links another item of the type, written in the other culture, as this item's translation (ADR 0019).</summary>
    public async Task<ContentApiDocument> LinkTranslationAsync(string type, int id, int otherId, HttpContext http, CancellationToken cancellationToken)
    {
        var definition = TypeOf(type);
        var item = await ItemAsync(definition, id, cancellationToken);
        var other = await ItemAsync(definition, otherId, cancellationToken);
        await RequireAsync(await access.CanEditAsync(http.User, definition, item) && await access.CanEditAsync(http.User, definition, other),
            "Tài khoản không có quyền sửa cả hai nội dung.");
        await translations.LinkAsync(definition, id, otherId, cancellationToken);
        return await DocumentAsync(definition, id, http, cancellationToken);
    }

    public async Task<ContentApiDocument> UpdateAsync(string type, int id, HttpContext http, CancellationToken cancellationToken)
    {
        var definition = TypeOf(type);
        var item = await ItemAsync(definition, id, cancellationToken);
        await RequireAsync(await access.CanEditAsync(http.User, definition, item), "Tài khoản không có quyền sửa nội dung này.");
        var input = await body.ReadWriteAsync(http.Request, definition, cancellationToken);
        var revision = Revision(http.Request, input.Request.Revision) ?? throw new ApiRefusal(ApiRevision.Required());
        var latest = item.Versions.Single(v => v.IsLatest);
        await RequireDateAsync(http.User, definition, input.Request.PublishedAt, latest.PublishedUtc);
        await RequireUnitAsync(http.User, definition, input);
        var userId = ContentAccess.UserId(http.User);
        await uploads.CommitAsync(definition, input.Fields, input.Form, http.User,
            () => manager.SaveDraftAsync(id, revision, ToContentInput(input, culture: latest.Culture), userId, cancellationToken),
            cancellationToken);
        return await DocumentAsync(definition, id, http, cancellationToken);
    }

    public async Task<ContentApiDocument> PublishAsync(string type, int id, HttpContext http, CancellationToken cancellationToken)
    {
        var definition = TypeOf(type);
        var item = await ItemAsync(definition, id, cancellationToken);
        await RequireAsync(await access.CanPublishAsync(http.User, definition, item, cancellationToken), $"Tài khoản không có quyền xuất bản {definition.DisplayName}.");
        var request = await body.ReadOptionalAsync<ContentPublishRequest>(http.Request, cancellationToken);
        if (request?.PublishedAt is not null && !await access.HasAsync(http.User, definition.Permissions.SetPublicationDate))
        {
            throw DateForbidden(definition);
        }

        var revision = Revision(http.Request, request?.Revision) ?? item.Revision;
        await manager.PublishAsync(id, revision, request?.PublishedAt?.UtcDateTime, ContentAccess.UserId(http.User), cancellationToken);
        return await DocumentAsync(definition, id, http, cancellationToken);
    }

    public Task<ContentApiDocument> UnpublishAsync(string type, int id, HttpContext http, CancellationToken cancellationToken) =>
        ActAsync(type, id, http, access.CanUnpublishAsync, manager.UnpublishAsync, cancellationToken);

    public Task<ContentApiDocument> DeleteAsync(string type, int id, HttpContext http, CancellationToken cancellationToken) =>
        ActAsync(type, id, http, access.CanDeleteAsync, manager.DeleteAsync, cancellationToken);

    public Task<ContentApiDocument> RestoreAsync(string type, int id, HttpContext http, CancellationToken cancellationToken) =>
        ActAsync(type, id, http, access.CanDeleteAsync, manager.RestoreAsync, cancellationToken);

    private delegate Task<ContentItem> ContentChange(int id, int expectedRevision, string? userId, CancellationToken cancellationToken);

    // The permission, then the change at the revision the client read (the current one when it sent none).
    private async Task<ContentApiDocument> ActAsync(string type, int id, HttpContext http,
        Func<ClaimsPrincipal, ContentTypeDefinition, ContentItem, Task<bool>> allowed, ContentChange change, CancellationToken cancellationToken)
    {
        var definition = TypeOf(type);
        var item = await ItemAsync(definition, id, cancellationToken);
        await RequireAsync(await allowed(http.User, definition, item), "Tài khoản không có quyền thực hiện thao tác này.");
        var request = await body.ReadOptionalAsync<ContentActionRequest>(http.Request, cancellationToken);
        await change(id, Revision(http.Request, request?.Revision) ?? item.Revision, ContentAccess.UserId(http.User), cancellationToken);
        return await DocumentAsync(definition, id, http, cancellationToken);
    }

    private ContentTypeDefinition TypeOf(string type) =>
        types.Find(type) ?? throw ApiRefusal.NotFound($"Không có loại nội dung \"{type}\".");

    // The item with its latest and published versions; another type's id is as absent as a missing one.
    private async Task<ContentItem> ItemAsync(ContentTypeDefinition definition, int id, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.ContentType == definition.Name, cancellationToken)
            ?? throw ApiRefusal.NotFound($"Không có {definition.DisplayName} số {id}.");
        item.Versions = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ContentItemId == id && (v.IsLatest || v.IsPublished))
            .ToListAsync(cancellationToken);
        return item;
    }

    private async Task<ContentApiDocument> DocumentAsync(ContentTypeDefinition definition, int id, HttpContext http, CancellationToken cancellationToken) =>
        await DocumentAsync(definition, await ItemAsync(definition, id, cancellationToken), http, cancellationToken);

    private async Task<ContentApiDocument> DocumentAsync(ContentTypeDefinition definition, ContentItem item, HttpContext http, CancellationToken cancellationToken)
    {
        var linked = await translations.ListAsync(item.Id, cancellationToken);
        var latest = item.Versions.Single(v => v.IsLatest);
        var published = item.Versions.SingleOrDefault(v => v.IsPublished);
        var isPublic = PublicContent.IsPublic(item, published);
        http.Response.Headers.ETag = $"\"{item.Revision.ToString(CultureInfo.InvariantCulture)}\"";
        return new(
            item.Id,
            definition.ApiName,
            item.Revision,
            item.Status.ToString().ToLowerInvariant(),
            item.IsDeleted,
            latest.Number,
            !latest.IsPublished,
            latest.Title,
            latest.Slug,
            latest.Summary,
            latest.Culture,
            latest.UnitId,
            latest.FeaturedImage,
            latest.Category,
            latest.Subtype,
            ContentApi.SubtypeName(definition, latest.Subtype),
            latest.PublishedUtc is { } date ? VietnamTime.ToOffset(date) : null,
            VietnamTime.ToOffset(item.CreatedUtc),
            VietnamTime.ToOffset(item.ModifiedUtc),
            isPublic ? ContentApi.PublicUrl(definition, published!) : null,
            ContentApi.FieldsJson(definition, latest),
            item.LocalizationSet,
            linked.Select(l => new ContentApiTranslation(l.Id, l.Culture, l.Status.ToString().ToLowerInvariant(), l.IsDeleted)).ToList());
    }

    private static ContentInput ToContentInput(ContentWriteInput input, string culture) => new()
    {
        Title = input.Request.Title ?? "",
        Slug = input.Request.Slug,
        Summary = input.Request.Summary,
        Culture = input.Request.Culture ?? culture,
        UnitId = input.Request.UnitId,
        FeaturedImage = input.Request.FeaturedImage,
        PublishedUtc = input.Request.PublishedAt?.UtcDateTime,
        Fields = input.Fields,
    };

    // The shared reading of If-Match and the body's revision (Core's ApiRevision), thrown as a refusal here.
    private static int? Revision(HttpRequest request, int? fromBody) =>
        ApiRevision.Read(request, fromBody, out var revision) is { } problem ? throw new ApiRefusal(problem) : revision;

    private async Task RequireDateAsync(ClaimsPrincipal user, ContentTypeDefinition definition, DateTimeOffset? requested, DateTime? stored)
    {
        if (requested is { } date && !SameSecond(date.UtcDateTime, stored) && !await access.HasAsync(user, definition.Permissions.SetPublicationDate))
        {
            throw DateForbidden(definition);
        }
    }

    // Without EditAny a draft goes to one of the caller's units (the default one when unitId is absent); another unit is
    // a 422 on unitId, as the editor's field error, and nothing is saved.
    private async Task RequireUnitAsync(ClaimsPrincipal user, ContentTypeDefinition definition, ContentWriteInput input)
    {
        var (unitId, error) = await access.ResolveUnitAsync(user, definition, input.Request.UnitId);
        if (error is not null)
        {
            throw ApiRefusal.Of(StatusCodes.Status422UnprocessableEntity, "unit_forbidden", error,
                new Dictionary<string, string[]> { ["UnitId"] = [error] });
        }

        input.Request.UnitId = unitId;
    }

    // A client sends back the date it read; sub-second digits may be lost on the way.
    private static bool SameSecond(DateTime requested, DateTime? stored) =>
        stored is { } value && requested.Ticks / TimeSpan.TicksPerSecond == value.Ticks / TimeSpan.TicksPerSecond;

    private static Task RequireAsync(bool allowed, string detail) => allowed ? Task.CompletedTask : throw ApiRefusal.Forbidden(detail);

    private static ApiRefusal DateForbidden(ContentTypeDefinition definition) => ApiRefusal.Of(StatusCodes.Status403Forbidden,
        "publication_date_forbidden", $"Tài khoản không có quyền đặt ngày xuất bản của {definition.DisplayName}; hãy bỏ publishedAt. Không có gì được lưu.");
}
