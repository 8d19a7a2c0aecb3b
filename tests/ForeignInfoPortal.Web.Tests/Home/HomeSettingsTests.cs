using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Investment;

namespace ForeignInfoPortal.Web.Tests.Home;

[Collection(ComposedSiteCollection.Name)]
public sealed class HomeSettingsTests(ComposedSite site)
{
    private const string SettingsPage = "/admin/home";

    [Fact]
    public async Task Settings_TurnOffReorderAndCount_AreAppliedToTheHomePage()
    {
        using var admin = await site.SignInAsAdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await NewsForms.CreateAsync(admin, $"Tin trang chủ {i} {InvestmentForms.NewMarker()}", submit: "publish");
            await InvestmentForms.PostAsync(admin, InvestmentForms.ProjectCreatePage, InvestmentForms.Project($"Dự án trang chủ {i} {InvestmentForms.NewMarker()}"));
        }

        var response = await PostAsync(admin, new()
        {
            ["InvestmentProjects"] = (true, "1", "2"),
            ["LatestNews"] = (true, "5", "2"),
            ["LatestDocuments"] = (false, "20", ""),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var visitor = site.NewClient();
        var home = await visitor.GetPageAsync("/");
        var headings = Headings(home);
        Assert.Equal("Dự án kêu gọi đầu tư", headings[0]);
        Assert.Equal("Tin mới", headings[1]);
        Assert.DoesNotContain("Văn bản mới", headings);
        Assert.Equal(2, Section(home, "InvestmentProjects").QuerySelectorAll(".project-card").Length);
        Assert.Equal(2, Section(home, "LatestNews").QuerySelectorAll(".news-card").Length);

        // Counts are read back as saved, and the section switched off stays listed so it can come back.
        var form = await admin.GetPageAsync(SettingsPage);
        Assert.Equal("2", Row(form, "InvestmentProjects", "Count"));
        Assert.False(form.QuerySelector($"input[name='{Prefix(form, "LatestDocuments")}.Enabled']")!.HasAttribute("checked"));
    }

    [Theory]
    [InlineData("0", "")]
    [InlineData("51", "")]
    [InlineData("ba", "")]
    [InlineData("3", "-1")]
    public async Task BadInput_IsRefusedInVietnamese_AndTheSavedSettingsAreKept(string count, string order)
    {
        using var admin = await site.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, new() { ["LatestBroadcasts"] = (true, "7", "1") })).StatusCode);

        var response = await PostAsync(admin, new() { ["LatestBroadcasts"] = (false, order.Length == 0 ? "8" : order, count) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Matches("(Số mục hiển thị|Thứ tự) phải là số nguyên từ", page.Body!.TextContent);
        Assert.Equal(count, Row(page, "LatestBroadcasts", "Count"));
        var saved = await admin.GetPageAsync(SettingsPage);
        Assert.Equal("1", Row(saved, "LatestBroadcasts", "Count"));
        Assert.Equal("7", Row(saved, "LatestBroadcasts", "Order"));
        Assert.Contains("Phát thanh - Truyền hình", Headings(await site.NewClient().GetPageAsync("/")));
    }

    private static List<string> Headings(IHtmlDocument home) => home.QuerySelectorAll(".home-section > h2").Select(h => h.TextContent.Trim()).ToList();

    private static IElement Section(IHtmlDocument home, string viewComponent) => home.QuerySelector($".home-section--{viewComponent}")!;

    private static string Prefix(IHtmlDocument form, string viewComponent) =>
        form.QuerySelectorAll("input[name$='.ViewComponent']").Single(i => i.GetAttribute("value") == viewComponent).GetAttribute("name")![..^".ViewComponent".Length];

    private static string? Row(IHtmlDocument form, string viewComponent, string field) =>
        form.QuerySelector($"input[name='{Prefix(form, viewComponent)}.{field}']")!.GetAttribute("value");

    /// <summary>Posts the settings form as shown, with the given sections' rows changed (enabled, order, count).</summary>
    private static async Task<HttpResponseMessage> PostAsync(PortalClient admin, Dictionary<string, (bool Enabled, string Order, string Count)> changes)
    {
        var form = await admin.GetPageAsync(SettingsPage);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.QuerySelectorAll("input[name$='.ViewComponent']"))
        {
            var name = hidden.GetAttribute("value")!;
            var prefix = hidden.GetAttribute("name")![..^".ViewComponent".Length];
            var (enabled, order, count) = changes.TryGetValue(name, out var change)
                ? change
                : (form.QuerySelector($"input[name='{prefix}.Enabled']")!.HasAttribute("checked"), Row(form, name, "Order") ?? "", Row(form, name, "Count") ?? "");
            fields.Add(new($"{prefix}.ViewComponent", name));
            if (enabled)
            {
                fields.Add(new($"{prefix}.Enabled", "true"));
            }

            fields.Add(new($"{prefix}.Order", order));
            fields.Add(new($"{prefix}.Count", count));
        }

        return await admin.PostFormAsync(SettingsPage, SettingsPage, fields);
    }
}
