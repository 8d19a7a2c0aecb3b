using System.Globalization;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Pages;

/// <summary>The page editor form as a browser posts it.</summary>
internal static class PageForms
{
    public const string CreatePage = "/admin/content/Page/create";

    public static string EditPage(int id) => $"/admin/content/Page/{id}/edit";

    /// <summary>A title no other test uses: the shared site keeps every test's pages.</summary>
    public static string Title(string text) => $"{text} {Random.Shared.Next(100_000, 9_999_999).ToString(CultureInfo.InvariantCulture)}";

    public static string Slug(string title) => Core.Text.VietnameseText.Slugify(title, 120);

    public static List<KeyValuePair<string, string>> Fields(string title, string? parent = null, int sortOrder = 0,
        string body = "<p>Nội dung trang giới thiệu.</p>", string submit = "publish", int? revision = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", title),
            new("Culture", "vi"),
            new("Fields.Body", body),
            new("Fields.Parent", parent ?? ""),
            new("Fields.SortOrder", sortOrder.ToString(CultureInfo.InvariantCulture)),
            new("submit", submit),
        };
        if (revision is { } r)
        {
            fields.Add(new("Revision", r.ToString(CultureInfo.InvariantCulture)));
        }

        return fields;
    }

    public static async Task<int> CreateAsync(PortalClient client, List<KeyValuePair<string, string>> fields) =>
        PortalClient.IdFromEditRedirect(await client.PostFormAsync(CreatePage, CreatePage, fields));
}
