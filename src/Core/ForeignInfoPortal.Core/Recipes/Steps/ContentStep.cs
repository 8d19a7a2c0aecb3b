using System.Globalization;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "step": "content", "items": [ { "type", "title", "slug"?, "summary"?, "culture"?, "unit"?, "owner"?,
/// "status", "publishedAt"?, "featuredImage"?, "translationOf"?, "fields": { ... } } ] }</c>. Items go through the content manager,
/// so versions and events are the same as an editor's. An item whose slug already exists for its type and
/// culture is left as it is, so a recipe can be run again. "translationOf" names, by slug, the item of the same type
/// in the other culture that this one translates: both join one localization set (ADR 0019).
/// </summary>
internal sealed class ContentStep(
    IContentManager content, IContentTypeRegistry types, PortalDbContext db, UserManager<PortalUser> users) : IRecipeStep
{
    private static readonly HashSet<string> CommonProperties = new(StringComparer.Ordinal)
    {
        "type", "title", "slug", "summary", "culture", "unit", "owner", "status", "publishedAt", "featuredImage", "fields", "translationOf",
    };

    public string Name => "content";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        int created = 0, skipped = 0, index = 0;
        foreach (var element in RecipeJson.RequiredArray(step, "items"))
        {
            var done = await RecipeJsonUnder($"items[{index}]", () => ApplyAsync(element, cancellationToken));
            created += done ? 1 : 0;
            skipped += done ? 0 : 1;
            index++;
        }

        return skipped == 0 ? $"{created} nội dung" : $"{created} nội dung, bỏ qua {skipped} đã có";
    }

    private async Task<bool> ApplyAsync(JsonElement element, CancellationToken cancellationToken)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException("Mỗi nội dung phải là một đối tượng.");
        }

        var unknown = element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !CommonProperties.Contains(n));
        if (unknown is not null)
        {
            throw new RecipeException("Thuộc tính không được hỗ trợ.", unknown);
        }

        var typeName = RecipeJson.RequiredString(element, "type");
        var type = types.Find(typeName) ?? throw new RecipeException($"Không có loại nội dung \"{typeName}\" (hoặc mô-đun của nó đang tắt).", "type");
        var status = ReadStatus(element);
        var input = new ContentInput
        {
            Title = RecipeJson.RequiredString(element, "title"),
            Slug = RecipeJson.OptionalString(element, "slug"),
            Summary = RecipeJson.OptionalString(element, "summary"),
            Culture = RecipeJson.OptionalString(element, "culture") ?? PortalCultures.Vietnamese,
            FeaturedImage = RecipeJson.OptionalString(element, "featuredImage"),
            PublishedUtc = ReadDate(element),
            UnitId = await ReadUnitAsync(element, cancellationToken),
            Fields = element.TryGetProperty("fields", out var fields)
                ? (IContentFields)RecipeJson.Read(fields, type.FieldsType, "fields")
                : type.CreateFields(),
        };

        var slug = Text.VietnameseText.Slugify(input.Slug ?? input.Title);
        if (await db.ContentVersions.AnyAsync(v => v.ContentType == type.Name && v.Culture == input.Culture && v.Slug == slug, cancellationToken))
        {
            return false;
        }

        var ownerId = await ReadOwnerAsync(element);
        try
        {
            var item = await content.CreateAsync(type.Name, input, ownerId, cancellationToken);
            if (status is ContentStatus.Published or ContentStatus.Unpublished)
            {
                item = await content.PublishAsync(item.Id, item.Revision, ownerId, cancellationToken);
            }

            if (status is ContentStatus.Unpublished)
            {
                await content.UnpublishAsync(item.Id, item.Revision, ownerId, cancellationToken);
            }

            if (RecipeJson.OptionalString(element, "translationOf") is { } original)
            {
                await LinkTranslationAsync(type.Name, item.Id, PortalCultures.Other(input.Culture), original, cancellationToken);
            }
        }
        catch (ContentValidationException ex)
        {
            var first = ex.Errors.First();
            throw new RecipeException(first.Value[0], RecipeFieldName(first.Key));
        }

        return true;
    }

    // The original joins (or starts) a set; the new item takes the culture the set has no item in yet.
    private async Task LinkTranslationAsync(string type, int itemId, string originalCulture, string originalSlug, CancellationToken cancellationToken)
    {
        var original = await db.ContentVersions.Where(v => v.ContentType == type && v.Culture == originalCulture && v.Slug == originalSlug && v.IsLatest)
            .Select(v => new { v.ContentItemId, v.ContentItem.LocalizationSet }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new RecipeException($"Không có nội dung gốc \"{originalSlug}\" ({originalCulture}) cùng loại để liên kết bản dịch.", "translationOf");
        var set = original.LocalizationSet ?? Guid.NewGuid().ToString("N");
        var culture = PortalCultures.Other(originalCulture);
        if (await db.ContentVersions.AnyAsync(v => v.IsLatest && v.Culture == culture && v.ContentItem.LocalizationSet == set, cancellationToken))
        {
            throw new RecipeException($"Nội dung gốc \"{originalSlug}\" đã có bản dịch ({culture}).", "translationOf");
        }

        await db.ContentItems.Where(i => i.Id == itemId || i.Id == original.ContentItemId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LocalizationSet, set), cancellationToken);
    }

    private static ContentStatus ReadStatus(JsonElement element)
    {
        var text = RecipeJson.OptionalString(element, "status") ?? nameof(ContentStatus.Draft);
        return Enum.TryParse<ContentStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status)
            ? status
            : throw new RecipeException($"Trạng thái \"{text}\" không hợp lệ (Draft, Published, Unpublished).", "status");
    }

    private static DateTime? ReadDate(JsonElement element)
    {
        var text = RecipeJson.OptionalString(element, "publishedAt");
        if (text is null)
        {
            return null;
        }

        // An explicit offset is required: "2024-06-30T23:30:00+07:00" is unambiguous, "2024-06-30T23:30" is not.
        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ssZ"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.UtcDateTime
            : throw new RecipeException($"Ngày \"{text}\" không hợp lệ: dùng dạng 2024-06-30T23:30:00+07:00.", "publishedAt");
    }

    private async Task<int?> ReadUnitAsync(JsonElement element, CancellationToken cancellationToken)
    {
        var code = RecipeJson.OptionalString(element, "unit");
        if (code is null)
        {
            return null;
        }

        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
        return unit?.Id ?? throw new RecipeException($"Không có đơn vị mã \"{code}\".", "unit");
    }

    private async Task<string?> ReadOwnerAsync(JsonElement element)
    {
        var email = RecipeJson.OptionalString(element, "owner");
        if (email is null)
        {
            return null;
        }

        var user = await users.FindByEmailAsync(email);
        return user?.Id ?? throw new RecipeException($"Không có người dùng \"{email}\".", "owner");
    }

    private static string RecipeFieldName(string key) => key switch
    {
        nameof(ContentInput.UnitId) => "unit",
        _ => string.Join('.', key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName)),
    };

    private static async Task<T> RecipeJsonUnder<T>(string prefix, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (RecipeException ex)
        {
            throw ex.Under(prefix);
        }
    }
}
