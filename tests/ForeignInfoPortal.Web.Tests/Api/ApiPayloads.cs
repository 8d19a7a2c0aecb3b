using System.Globalization;
using System.Text.Json.Nodes;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>A minimal valid write of each registered type, with a title (and a document number) no other test uses.</summary>
public static class ApiPayloads
{
    public static TheoryData<string> Types => ["news", "broadcasts", "documents"];

    public static JsonObject For(string type, string? title = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        return new JsonObject
        {
            ["title"] = title ?? $"Thử API {type} {unique}",
            ["summary"] = "Tóm tắt gửi qua API.",
            ["fields"] = Fields(type),
        };
    }

    public static JsonObject Fields(string type) => type switch
    {
        "news" => new JsonObject
        {
            ["body"] = "<p>Nội dung gửi qua API.</p>",
            ["category"] = "tin-hoat-dong",
            ["tags"] = new JsonArray("api", "tích hợp"),
        },
        "broadcasts" => new JsonObject
        {
            ["kind"] = "TvSpecial",
            ["airDate"] = "2024-06-30T20:00:00+07:00",
            ["duration"] = 900,
            ["videoUrl"] = "https://truyenhinh.example.vn/chuyen-de/1",
        },
        "documents" => Document(Random.Shared.Next(10_000, 9_999_999)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static JsonObject Document(int number) => new()
    {
        ["numberAndSymbol"] = number.ToString(CultureInfo.InvariantCulture) + "/KH-UBND",
        ["documentType"] = "KH",
        ["issuingBody"] = "ubnd-tp",
        ["issueDate"] = "2024-01-10",
    };
}
