using System.Text.Json;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// An item as its editors see it through the API (<c>GET …/{id}</c> and every write's answer): its state, the
/// <see cref="Revision"/> to send back with the next change, and the latest version's metadata and fields, draft or
/// not. <see cref="Url"/> is the public address while a version is published and the item is not in the bin (on the
/// English site for an English item); <see cref="Translations"/> are the items linked by <see cref="LocalizationSet"/>.
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
    JsonElement Fields,
    string? LocalizationSet,
    IReadOnlyList<ContentApiTranslation> Translations);

/// <summary>A linked translation: another item of the same type and localization set, in another culture.</summary>
public sealed record ContentApiTranslation(int Id, string Culture, string Status, bool IsDeleted);
