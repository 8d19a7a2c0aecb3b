using System.Text.Json;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// An item as its editors see it through the API (<c>GET …/{id}</c> and every write's answer): its state, the
/// <see cref="Revision"/> to send back with the next change, and the latest version's metadata and fields, draft or
/// not. <see cref="Url"/> is the public address while a version is published and the item is not in the bin.
/// </summary>
public sealed record ContentApiDocument(
    int Id,
    string Type,
    int Revision,
    string Status,
    bool IsDeleted,
    int Version,
    bool HasUnpublishedChanges,
    string Title,
    string Slug,
    string? Summary,
    string Culture,
    int? UnitId,
    string? FeaturedImage,
    string? Category,
    string? Subtype,
    string? SubtypeName,
    DateTimeOffset? PublishedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt,
    string? Url,
    JsonElement Fields);
