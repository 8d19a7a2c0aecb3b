using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Core.Web;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>
/// A site with a configured public address and news in both languages: a Vietnamese item, an English item written
/// on its own (no translation), and a thrown error at <see cref="BrokenPath"/> for the 500 pages.
/// </summary>
public sealed class LocalizationSite() : PortalFactory(new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = BaseUrl })
{
    public const string BaseUrl = "https://cong.example.vn";
    public const string BrokenPath = "/thu-loi-he-thong";

    public const string Vietnamese = "Hội nghị đối ngoại năm 2026 của thành phố";
    public const string English = "City foreign affairs conference opens";

    private Task? _seeded;

    public static string Slug(string title) => VietnameseText.Slugify(title);

    // Seeded once for the class's tests, whichever asks first (xunit runs a class's tests one at a time).
    public Task EnsureSeededAsync() => _seeded ??= SeedAsync();

    private async Task SeedAsync()
    {
        using var admin = await SignInAsAdminAsync();
        await PublishNewsAsync(admin, Vietnamese, "vi");
        await PublishNewsAsync(admin, English, "en");
    }

    /// <summary>Publishes a news item in a culture through the editor and returns its id.</summary>
    public static async Task<int> PublishNewsAsync(PortalClient admin, string title, string culture, string submit = "publish")
    {
        var fields = NewsForms.Fields(title, category: "tin-hoat-dong", submit: submit);
        fields.RemoveAll(f => f.Key == "Culture");
        fields.Add(new("Culture", culture));
        return PortalClient.IdFromEditRedirect(await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields));
    }

    /// <summary>Adds the English translation of an item through the editor ("Thêm bản dịch tiếng Anh"): a draft; returns its id.</summary>
    public static async Task<int> AddTranslationAsync(PortalClient admin, int id)
    {
        using var response = await admin.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/translations", []);
        return PortalClient.IdFromEditRedirect(response);
    }

    /// <summary>A Vietnamese news item and its English translation, both published; returns their slugs.</summary>
    public async Task<(string Vietnamese, string English)> PublishPairAsync(PortalClient admin, string vietnamese, string english)
    {
        var id = await PublishNewsAsync(admin, vietnamese, "vi");
        var translationId = await AddTranslationAsync(admin, id);
        var revision = (await NewsForms.LoadAsync(this, translationId)).Revision;
        var fields = NewsForms.Fields(english, body: "<p>The article in English.</p>", submit: "publish", revision: revision);
        fields.RemoveAll(f => f.Key == "Culture");
        fields.Add(new("Culture", "en"));
        fields.Add(new("Slug", Slug(english)));
        using var published = await admin.PostFormAsync(NewsForms.EditPage(translationId), NewsForms.EditPage(translationId), fields);
        Xunit.Assert.Equal(ContentStatus.Published, (await NewsForms.LoadAsync(this, translationId)).Status);
        return (Slug(vietnamese), Slug(english));
    }

    protected override void ConfigurePortalServices(IServiceCollection services) =>
        services.AddSingleton<IEarlyResponder, BrokenResponder>();

    // A fault nobody foresaw, after the culture was read from the URL (as any page's would be).
    private sealed class BrokenResponder : IEarlyResponder
    {
        public ValueTask<bool> TryRespondAsync(HttpContext context) =>
            context.Request.Path == BrokenPath ? throw new InvalidOperationException("Lỗi thử nghiệm") : ValueTask.FromResult(false);
    }
}
