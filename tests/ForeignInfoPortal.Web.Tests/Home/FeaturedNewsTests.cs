using System.Text.Json;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Home;

/// <summary>"Tin nổi bật": set in the news editor, shown in its own home section, pinned in search.</summary>
public sealed class FeaturedNewsTests : IDisposable
{
    private readonly PortalFactory _site = new();

    [Fact]
    public async Task FeaturedArticles_HaveTheirHomeSection_OthersDoNot_AndTheSectionIsLeftOutWhenEmpty()
    {
        using var visitor = _site.NewClient();
        var before = await visitor.GetPageAsync("/");
        Assert.Null(before.QuerySelector(".home-section--FeaturedNews"));

        using var admin = await _site.SignInAsAdminAsync();
        var featured = NewsForms.Fields("Chợ phiên Nà Pài rộn ràng ngày xuân", submit: "publish");
        featured.Add(new("Fields.Featured", "true"));
        PortalClient.IdFromEditRedirect(await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, featured));
        await NewsForms.CreateAsync(admin, "Chợ phiên Nà Pài họp sáng chủ nhật", submit: "publish");

        var home = await visitor.GetPageAsync("/");
        var section = home.QuerySelector(".home-section--FeaturedNews");
        Assert.NotNull(section);
        Assert.Equal("Tin nổi bật", section.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Chợ phiên Nà Pài rộn ràng ngày xuân", section.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("họp sáng chủ nhật", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeaturedArticle_IsPinnedInSearch_AboveABetterMatchingNewerOne()
    {
        // Unpinned, the shorter and newer title would come first (shorter match, newer among equals). Other
        // articles make the words rare enough to score (a word in every document weighs nothing in bm25).
        using var admin = await _site.SignInAsAdminAsync();
        foreach (var other in new[] { "Hội nghị tổng kết công tác năm", "Tập huấn nghiệp vụ thông tin", "Giải bóng chuyền thanh niên" })
        {
            await NewsForms.CreateAsync(admin, other, submit: "publish");
        }

        var older = NewsForms.Fields("Lễ hội lồng tồng Khuổi Cuồng mùa mới", submit: "publish");
        older.Add(new("Fields.Featured", "true"));
        PortalClient.IdFromEditRedirect(await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, older));
        await NewsForms.CreateAsync(admin, "Lễ hội lồng tồng Khuổi Cuồng", submit: "publish");

        using var visitor = _site.NewClient();
        using var json = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri("/api/search?q=long+tong+khuoi+cuong", UriKind.Relative)));
        var titles = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Lễ hội lồng tồng Khuổi Cuồng mùa mới", "Lễ hội lồng tồng Khuổi Cuồng"], titles);
    }

    public void Dispose() => _site.Dispose();
}
