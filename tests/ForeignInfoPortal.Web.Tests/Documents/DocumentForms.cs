using System.Globalization;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Documents;

/// <summary>The document editor form as a browser posts it.</summary>
internal static class DocumentForms
{
    public const string CreatePage = "/admin/content/Document/create";

    /// <summary>A number no other test uses: the shared site keeps every test's documents.</summary>
    public static int NewNumber() => Random.Shared.Next(10_000, 9_999_999);

    public static List<KeyValuePair<string, string>> Fields(string title, string number, string type = "KH", string issuer = "ubnd-tp",
        string issueDate = "2024-01-10", string? expiryDate = null, string? replaces = null, string submit = "publish") =>
    [
        new("Title", title),
        new("Culture", "vi"),
        new("Fields.NumberAndSymbol", number),
        new("Fields.DocumentType", type),
        new("Fields.IssuingBody", issuer),
        new("Fields.Signer", "Lê Đăng Trường"),
        new("Fields.SignerPosition", "Phó Chủ tịch UBND thành phố"),
        new("Fields.IssueDate", issueDate),
        new("Fields.ExpiryDate", expiryDate ?? ""),
        new("Fields.Field", "thong-tin-doi-ngoai"),
        new("Fields.FullText", "<p>Nội dung kế hoạch.</p><script>alert(1)</script>"),
        new("Fields.Implements", "47/NQ-CP"),
        new("Fields.Replaces", replaces ?? ""),
        new("submit", submit),
    ];

    public static async Task<HttpResponseMessage> PostAsync(PortalClient client, List<KeyValuePair<string, string>> fields) =>
        await client.PostFormAsync(CreatePage, CreatePage, fields);

    public static string Slug(string title) => Core.Text.VietnameseText.Slugify(title, 120);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
