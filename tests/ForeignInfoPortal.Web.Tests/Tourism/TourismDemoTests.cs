using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Tourism;

/// <summary>The demo's tourism part: the sites the city promotes, its map settings and the spring festivals.</summary>
public sealed class TourismDemoTests : IDisposable
{
    private readonly PortalFactory _site = new(new Dictionary<string, string?> { ["Portal:Setup:Demo"] = "true" });

    [Fact]
    public async Task FirstStartWithDemo_ListsThePromotedSitesOnTheMap_WithRelatedNews()
    {
        using var visitor = _site.NewClient();

        var list = await visitor.GetPageAsync("/du-lich");
        var titles = list.QuerySelectorAll("[data-tourism-list] li").Select(li => li.GetAttribute("data-title")).ToList();
        Assert.Superset(new HashSet<string?> { "Đền Cô", "Đền Mẫu", "Động Áng Tôong", "Thác Bạc", "Hồ sinh thái Nặm Cát" }, titles.ToHashSet());
        Assert.All(list.QuerySelectorAll("[data-tourism-list] li"), li => Assert.StartsWith("22.", li.GetAttribute("data-lat"), StringComparison.Ordinal));
        Assert.StartsWith("https://", list.QuerySelector("[data-tourism-map]")!.GetAttribute("data-tile-url"), StringComparison.Ordinal);
        Assert.Equal(2, (await visitor.GetPageAsync("/du-lich?loai=Temple")).QuerySelectorAll("[data-tourism-list] li").Length);

        var festival = await visitor.GetPageAsync("/du-lich/hoi-xuan-thanh-pho-nam-2027");
        Assert.Equal("/tin-tuc/khai-mac-hoi-xuan-thanh-pho-nam-2024",
            festival.QuerySelector("section[aria-labelledby=tin-lien-quan] a")!.GetAttribute("href"));
        using var jsonLd = TourismForms.JsonLd(festival);
        Assert.Equal("2027-02-18T08:00:00+07:00", jsonLd.RootElement.GetProperty("startDate").GetString());
    }

    public void Dispose() => _site.Dispose();
}
