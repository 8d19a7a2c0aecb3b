using System.Text.Json;
using AngleSharp.Html.Dom;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Tourism;

/// <summary>The tourism editor form as a browser posts it, and ways to read what a page or the database holds.</summary>
public static class TourismForms
{
    public const string CreatePage = "/admin/content/TourismSite/create";

    public static List<KeyValuePair<string, string>> Fields(string title, string kind = "Cave", string submit = "publish",
        string latitude = "22.1196", string longitude = "105.8012", string starts = "", string ends = "", string ward = "xa-duong-quang",
        string story = "<p>Thạch nhũ nhiều hình thù trong lòng núi đá vôi.</p>") =>
    [
        new("Title", title),
        new("Summary", "Điểm đến thử nghiệm của mô-đun du lịch."),
        new("Culture", "vi"),
        new("Fields.Kind", kind),
        new("Fields.Story", story),
        new("Fields.Address", "Chân núi đá vôi, thôn thử nghiệm"),
        new("Fields.Ward", ward),
        new("Fields.Latitude", latitude),
        new("Fields.Longitude", longitude),
        new("Fields.OpeningHours", "Hằng ngày, 7:00 – 17:00"),
        new("Fields.Fees", "Miễn phí"),
        new("Fields.BestSeason", "Mùa hè"),
        new("Fields.HowToGetThere", "Đi theo đường liên xã.\nĐi bộ 15 phút."),
        new("Fields.Contacts", "UBND xã"),
        new("Fields.Starts", starts),
        new("Fields.Ends", ends),
        new("submit", submit),
    ];

    /// <summary>A unique title (slugs are unique per type; the suite shares one site).</summary>
    public static string Title(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];

    /// <summary>How many tourism items have a title starting with <paramref name="title"/>.</summary>
    public static async Task<int> CountAsync(PortalFactory site, string title)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentVersions.CountAsync(v => v.ContentType == "TourismSite" && v.Title.StartsWith(title));
    }

    /// <summary>The page's JSON-LD, parsed: it must be valid JSON.</summary>
    public static JsonDocument JsonLd(IHtmlDocument page)
    {
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        return JsonDocument.Parse(scripts[0].TextContent);
    }

    /// <summary>The error message shown under a field of the editor.</summary>
    public static string? ErrorOf(IHtmlDocument page, string field) => page.QuerySelector($"[data-valmsg-for='Fields.{field}']")?.TextContent.Trim();
}
