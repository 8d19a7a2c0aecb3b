using System.Text.Json;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// The body of <c>POST /api/content/{type}</c> and <c>PUT /api/content/{type}/{id}</c>: the common metadata and the
/// type's own <see cref="Fields"/> (the shape of <c>GET …/{id}</c>'s <c>fields</c>). Member names are those of the
/// admin's form in camelCase, and its error keys ("Title", "Fields.Body") are theirs.
/// </summary>
public sealed class ContentWriteRequest
{
    /// <summary>The revision the client read; on PUT this or an <c>If-Match: "N"</c> header is required.</summary>
    public int? Revision { get; set; }

    public string? Title { get; set; }

    /// <summary>Made from the title when empty.</summary>
    public string? Slug { get; set; }

    public string? Summary { get; set; }

    /// <summary>"vi" (default) or "en".</summary>
    public string? Culture { get; set; }

    public int? UnitId { get; set; }

    public string? FeaturedImage { get; set; }

    /// <summary>The publication date, with its offset; a value other than the stored one needs the type's SetPublicationDate.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The type's fields; files are referred to by <c>{ "fileId": "…" }</c> or uploaded as multipart parts.</summary>
    public JsonElement? Fields { get; set; }
}

/// <summary>The optional body of <c>POST …/{id}/publish</c>.</summary>
public sealed class ContentPublishRequest
{
    /// <summary>The revision the client read (or <c>If-Match</c>); when neither is sent the current one is taken.</summary>
    public int? Revision { get; set; }

    /// <summary>The publication date with its offset (back- or forward-dating); needs the type's SetPublicationDate.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}

/// <summary>The optional body of <c>…/unpublish</c>, <c>…/restore</c> and <c>DELETE …/{id}</c>.</summary>
public sealed class ContentActionRequest
{
    /// <summary>The revision the client read (or <c>If-Match</c>); when neither is sent the current one is taken.</summary>
    public int? Revision { get; set; }
}
