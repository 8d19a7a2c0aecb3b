using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// A published item as the API shows it; <see cref="Fields"/> only on the single-item read. <see cref="SubtypeName"/>
/// is the subtype's Vietnamese name.
/// </summary>
public sealed record ContentApiItem(
    int Id,
    string Slug,
    string Title,
    string? Summary,
    string Culture,
    string? Category,
    string? Subtype,
    string? SubtypeName,
    DateTimeOffset? PublishedAt,
    string? FeaturedImage,
    string? Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Fields = null);

/// <summary>One page of published items, newest first.</summary>
public sealed record ContentApiPage(IReadOnlyList<ContentApiItem> Items, int Page, int PageSize, int TotalCount, int TotalPages);
