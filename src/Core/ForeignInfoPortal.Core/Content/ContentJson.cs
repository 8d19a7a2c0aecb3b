using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ForeignInfoPortal.Core.Content;

/// <summary>The one JSON shape used for content fields in storage, recipes and the API.</summary>
public static class ContentJson
{
    /// <summary>camelCase, Vietnamese letters kept readable.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
