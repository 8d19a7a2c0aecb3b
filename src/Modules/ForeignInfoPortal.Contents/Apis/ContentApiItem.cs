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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Fields = null)
{
    /// <summary>The key the item's translations share (single-item read only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LocalizationSet { get; init; }

    /// <summary>The published translations (single-item read only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ContentApiPublicTranslation>? Translations { get; init; }
}

/// <summary>A published translation of an item: its id, culture, slug and public address.</summary>
public sealed record ContentApiPublicTranslation(int Id, string Culture, string Slug, string? Url);

/// <summary>One page of published items, newest first.</summary>
public sealed record ContentApiPage(IReadOnlyList<ContentApiItem> Items, int Page, int PageSize, int TotalCount, int TotalPages);
