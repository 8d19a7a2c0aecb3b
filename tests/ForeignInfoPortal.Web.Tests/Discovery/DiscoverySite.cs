using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Discovery;

/// <summary>
/// A site with a configured public address (so absolute links are checked against it, not the test host), and
/// news in two categories: two published, one draft that must never show.
/// </summary>
public sealed class DiscoverySite() : PortalFactory(new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = BaseUrl + "/" })
{
    public const string BaseUrl = "https://cong.example.vn";

    public const string Older = "Khai mạc lễ hội lồng tồng đầu xuân";
    public const string Newer = "Hội nghị xúc tiến đầu tư vào cụm công nghiệp";
    public const string Draft = "Bản nháp chưa được duyệt đăng";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _seeded;

    public static string Slug(string title) => VietnameseText.Slugify(title);

    public async Task EnsureSeededAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }

            using var admin = await SignInAsAdminAsync();
            await PublishAsync(admin, Older, "tin-hoat-dong");
            await PublishAsync(admin, Newer, "kinh-te-dau-tu");
            PortalClient.IdFromEditRedirect(await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage,
                NewsForms.Fields(Draft, category: "kinh-te-dau-tu")));
            _seeded = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task PublishAsync(PortalClient admin, string title, string category) =>
        PortalClient.IdFromEditRedirect(await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage,
            NewsForms.Fields(title, category: category, submit: "publish")));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
