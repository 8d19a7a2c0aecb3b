using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Testing;

/// <summary>The news editor form as a browser posts it, and ways to look at what was saved.</summary>
public static class NewsForms
{
    public const string CreatePage = "/admin/content/News/create";

    public static List<KeyValuePair<string, string>> Fields(string title, string body = "<p>Nội dung bài viết.</p>",
        string category = "tin-hoat-dong", string submit = "save", int? revision = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", title),
            new("Summary", "Tóm tắt của bài viết."),
            new("Culture", "vi"),
            new("Fields.Body", body),
            new("Fields.Category", category),
            new("Fields.Tags", "lễ hội, du lịch"),
            new("Fields.Author", "Phòng Văn hóa và Thông tin"),
            new("submit", submit),
        };
        if (revision is not null)
        {
            fields.Add(new("Revision", revision.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return fields;
    }

    public static string EditPage(int id) => $"/admin/content/News/{id}/edit";

    /// <summary>Creates a news item through the editor and returns its id.</summary>
    public static async Task<int> CreateAsync(PortalClient client, string title, string submit = "save")
    {
        var response = await client.PostFormAsync(CreatePage, CreatePage, Fields(title, submit: submit));
        return PortalClient.IdFromEditRedirect(response);
    }

    /// <summary>Reads an item as stored, bypassing the web.</summary>
    public static async Task<ContentItem> LoadAsync(PortalFactory factory, int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        return (await content.GetAsync(id))!;
    }

    /// <summary>How many news items exist (any status).</summary>
    public static async Task<int> CountAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItems.CountAsync(i => i.ContentType == "News");
    }
}
