using System.Text;
using System.Text.Json;
using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>A write as read from its request: the JSON, the type's fields built from it, and the multipart form when files came along.</summary>
internal sealed record ContentWriteInput(ContentWriteRequest Request, IContentFields Fields, IFormCollection? Form);

/// <summary>
/// Reads write bodies: <c>application/json</c>, or <c>multipart/form-data</c> with the same JSON in a part named
/// <c>content</c> and files in parts named <c>uploads.{field}</c> (the admin's <c>Uploads.{Prop}</c>, any case). Every
/// size, media-type and shape fault is refused here, before the content manager sees anything.
/// </summary>
internal sealed class ContentApiBody(ContentApiLimits limits)
{
    public const string ContentPart = "content";

    public async Task<ContentWriteInput> ReadWriteAsync(HttpRequest request, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        IFormCollection? form = null;
        ReadOnlyMemory<byte> json;
        if (request.HasFormContentType)
        {
            form = await ReadFormAsync(request, cancellationToken);
            json = ContentPartOf(form, definition);
        }
        else
        {
            json = await ReadJsonAsync(request, cancellationToken);
            if (json.IsEmpty)
            {
                throw Invalid("invalid_json", "Thiếu nội dung JSON.");
            }
        }

        var write = (ContentWriteRequest)StrictJson.Read(StrictJson.Parse(json), typeof(ContentWriteRequest));
        var fields = write.Fields is { ValueKind: not JsonValueKind.Null } element
            ? (IContentFields)StrictJson.Read(element, definition.FieldsType, "$.fields", "Fields")
            : definition.CreateFields();
        return new(write, fields, form);
    }

    /// <summary>An optional JSON body (publish, unpublish, delete, restore): null when none was sent.</summary>
    public async Task<T?> ReadOptionalAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength == 0 || (request.ContentType is null && request.ContentLength is null))
        {
            return null;
        }

        var json = await ReadJsonAsync(request, cancellationToken);
        return json.IsEmpty ? null : (T)StrictJson.Read(StrictJson.Parse(json), typeof(T));
    }

    private async Task<ReadOnlyMemory<byte>> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw ApiRefusal.Of(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type",
                "Nội dung phải là application/json, hoặc multipart/form-data khi kèm tệp.");
        }

        var limit = limits.JsonBytes;
        RefuseDeclaredLength(request, limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = limits.MultipartBytes;
        RefuseDeclaredLength(request, limit);

        // A chunked body declares no length: the server stops reading it at the limit instead.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limit);
        }
        catch (InvalidDataException)
        {
            // The form reader's own limits (part length, header size, number of parts).
            throw TooLarge(limit);
        }
        catch (IOException)
        {
            throw Invalid("invalid_multipart", "Nội dung multipart không đọc được (thiếu ranh giới hoặc bị cắt).");
        }
    }

    // The JSON part, after checking that every other part is an upload the type has.
    private ReadOnlyMemory<byte> ContentPartOf(IFormCollection form, ContentTypeDefinition definition)
    {
        var uploads = ContentUploads.Properties(definition).ToDictionary(p => ContentUploads.UploadPrefix + p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var key in form.Keys.Where(k => !string.Equals(k, ContentPart, StringComparison.OrdinalIgnoreCase)))
        {
            throw Invalid("unknown_field", $"Phần \"{key}\" không được nhận; chỉ có phần \"{ContentPart}\" (JSON) và các tệp.");
        }

        foreach (var group in form.Files.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (!uploads.TryGetValue(group.Key, out var property))
            {
                var names = uploads.Keys.Select(k => k.ToLowerInvariant()).DefaultIfEmpty("(loại này không có tệp)");
                throw Invalid("unknown_field", $"Phần tệp \"{group.Key}\" không có trong loại {definition.DisplayName}; các phần tệp: {string.Join(", ", names)}.");
            }

            if (!property.IsList && group.Count() > 1)
            {
                throw Invalid("invalid_multipart", $"Trường \"{property.Name}\" chỉ nhận một tệp.");
            }
        }

        if (form[ContentPart] is not { Count: 1 } part)
        {
            throw Invalid("invalid_multipart", $"Cần đúng một phần \"{ContentPart}\" chứa JSON của nội dung.");
        }

        var json = Encoding.UTF8.GetBytes(part[0] ?? "");
        return json.Length > limits.JsonBytes ? throw TooLarge(limits.JsonBytes) : json;
    }

    private static void RefuseDeclaredLength(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }
    }

    private static ApiRefusal TooLarge(long limit) => ApiRefusal.Of(StatusCodes.Status413PayloadTooLarge, "payload_too_large",
        $"Nội dung yêu cầu vượt giới hạn {Core.Files.FileLimits.Size(limit)}. Không có gì được lưu.");

    private static ApiRefusal Invalid(string errorCode, string detail) => ApiRefusal.Of(StatusCodes.Status400BadRequest, errorCode, detail);
}
