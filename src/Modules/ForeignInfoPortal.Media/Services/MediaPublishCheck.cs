using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Media;

namespace ForeignInfoPortal.Media.Services;

/// <summary>
/// Forgets what the catalog remembers about visitors' access whenever an item's public state changes, and refuses
/// to publish a version whose pictures have no alt text (WCAG: every picture that carries information needs
/// one): a picture field's entries, and a featured image from the library. Thrown inside the publishing
/// transaction, so nothing is published and the editor shows the error on the field.
/// </summary>
internal sealed class MediaPublishCheck(IContentTypeRegistry types, MediaCatalog catalog) : IContentHandler
{
    // Visitors' access to a picture is remembered for a while (MediaCatalog.IsPublicAsync): every change of what is
    // public forgets the pictures of the versions concerned.
    public Task UnpublishedAsync(ContentEventContext context) => ForgetAsync(context);

    public Task RemovedAsync(ContentEventContext context) => ForgetAsync(context);

    public Task RestoredAsync(ContentEventContext context) => ForgetAsync(context);

    public Task PublishedAsync(ContentEventContext context)
    {
        Forget(context);
        var version = context.Version;
        var errors = new Dictionary<string, string[]>();
        if (types.Find(version.ContentType) is { } definition && ContentMediaFields.Properties(definition.FieldsType).Count > 0
            && JsonSerializer.Deserialize(version.Data, definition.FieldsType, ContentJson.Options) is { } fields)
        {
            foreach (var group in ContentMediaFields.References(fields).Where(r => string.IsNullOrWhiteSpace(r.Reference.Alt)).GroupBy(r => r.Property.Name))
            {
                errors[$"Fields.{group.Key}"] = [$"Chưa xuất bản được: ảnh {string.Join(", ", group.Select(r => $"\"{r.Reference.Name}\""))} chưa có mô tả thay thế (alt) cho người khiếm thị."];
            }
        }

        if (MediaUrls.TryParse(version.FeaturedImage, out var id) && catalog.Find(id) is { } featured && string.IsNullOrWhiteSpace(featured.Alt))
        {
            errors[nameof(ContentInput.FeaturedImage)] = [$"Chưa xuất bản được: ảnh đại diện \"{featured.Name}\" chưa có mô tả thay thế (alt); hãy nhập trong thư viện ảnh."];
        }

        return errors.Count > 0 ? throw new ContentValidationException(errors) : Task.CompletedTask;
    }

    private Task ForgetAsync(ContentEventContext context)
    {
        Forget(context);
        return Task.CompletedTask;
    }

    private void Forget(ContentEventContext context)
    {
        foreach (var version in new[] { context.Version, context.Previous })
        {
            if (version is null)
            {
                continue;
            }

            var fields = types.Find(version.ContentType) is { } definition
                ? JsonSerializer.Deserialize(version.Data, definition.FieldsType, ContentJson.Options) as IContentFields
                : null;
            var ids = fields is null
                ? ContentMediaIndex.Addresses(version.Data).Concat(ContentMediaIndex.Addresses(version.FeaturedImage))
                : ContentMediaIndex.Values(fields, version.Data, version.FeaturedImage).Select(v => v.Text!);
            foreach (var id in ids)
            {
                catalog.Forget(Guid.ParseExact(id, "N"));
            }
        }
    }
}
