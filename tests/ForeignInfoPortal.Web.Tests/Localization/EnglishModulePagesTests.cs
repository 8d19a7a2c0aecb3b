using AngleSharp.Html.Dom;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Broadcasts;
using ForeignInfoPortal.Web.Tests.Documents;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using ForeignInfoPortal.Web.Tests.Investment;
using ForeignInfoPortal.Web.Tests.Search;
using ForeignInfoPortal.Web.Tests.Tourism;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>
/// The list and detail pages of documents, broadcasts, tourism and investment speak English under /en (labels, kinds,
/// dates, numbers, money) and Vietnamese at the root; the share bar follows the page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EnglishModulePagesTests(SiteFixture site)
{
    [Fact]
    public async Task Documents_OnEn_HaveEnglishFieldsAndFilters_AndVietnameseAtTheRoot()
    {
        using var admin = await site.SignInAsAdminAsync();
        var number = DocumentForms.NewNumber();
        var title = $"Plan for foreign information work no {number}";
        PortalClient.IdFromEditRedirect(await DocumentForms.PostAsync(admin, English(DocumentForms.Fields(title, $"{number}/KH-UBND"))));
        using var visitor = site.NewClient();

        var list = await visitor.GetPageAsync("/en/van-ban");
        Assert.Equal("Official documents", list.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Document type", list.QuerySelector("label[for=loc-loai]")!.TextContent.Trim());
        Assert.Contains(list.QuerySelectorAll("#loc-loai option"), o => o.TextContent == "Plan");
        var headers = list.QuerySelectorAll(".doc-table th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Number", "Summary", "Issued on", "Issued by", "Status"], headers);
        var row = list.QuerySelectorAll(".doc-table tbody tr").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("10 Jan 2024", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("In force", row.TextContent, StringComparison.Ordinal);
        // The issuing body and the field by the English names the setup recipe gives them.
        Assert.Contains("City People's Committee", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("City People's Committee", list.QuerySelector("#loc-co-quan option[value=ubnd-tp]")!.TextContent);
        Assert.Equal("Foreign information", list.QuerySelector("#loc-linh-vuc option[value=thong-tin-doi-ngoai]")!.TextContent);
        Assert.StartsWith("/en/van-ban/", row.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        NoVietnamese(list, "Văn bản chỉ đạo điều hành", "Loại văn bản", "Cơ quan ban hành", "Ngày ban hành", "Tất cả", "Còn hiệu lực");

        var detail = await visitor.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        var fields = detail.QuerySelectorAll(".doc-meta th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Number", fields);
        Assert.Contains("Issued by", fields);
        Assert.Contains("Issued on", fields);
        Assert.Contains("Signed by", fields);
        var meta = detail.QuerySelectorAll(".doc-meta tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(("City People's Committee", "Foreign information"), (meta["Issued by"], meta["Field"]));
        Assert.Equal("Plan", detail.QuerySelector(".article-category")!.TextContent.Trim());
        Assert.Equal("Print / Save as PDF", detail.QuerySelector(".share-print")!.TextContent.Trim());
        NoVietnamese(detail, "Số, ký hiệu", "Ngày ban hành", "Người ký", "Tệp đính kèm", "Chia sẻ", "Nguồn:");

        var vietnamese = await visitor.GetPageAsync("/van-ban");
        Assert.Equal("Văn bản chỉ đạo điều hành", vietnamese.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Loại văn bản", vietnamese.QuerySelector("label[for=loc-loai]")!.TextContent.Trim());

        // Search names the issuing body as the page's list does: one facet value (the list's Vietnamese name, shared
        // by the documents of both languages), shown in English under /en and in Vietnamese at the root.
        var search = await visitor.GetPageAsync($"/en/tim-kiem?q={number}%2FKH-UBND");
        var result = search.QuerySelectorAll(".search-results li").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("City People's Committee", result.QuerySelector(".search-meta")!.TextContent, StringComparison.Ordinal);
        var issuerFacet = search.QuerySelector("#facet-issuer")!.ParentElement!.QuerySelector("a")!;
        Assert.Equal("City People's Committee", issuerFacet.QuerySelector("span:not(.count)")!.TextContent);
        Assert.Null(issuerFacet.QuerySelector("span:not(.count)")!.GetAttribute("lang"));
        Assert.Contains("issuer=" + Uri.EscapeDataString("UBND thành phố"), issuerFacet.GetAttribute("href"), StringComparison.Ordinal);
        NoVietnamese(search, "UBND thành phố");
        var filtered = await visitor.GetPageAsync(issuerFacet.GetAttribute("href")!);
        Assert.Contains(title, filtered.QuerySelector(".search-results")!.TextContent, StringComparison.Ordinal);
        var rootSearch = await visitor.GetPageAsync($"/tim-kiem?q={number}%2FKH-UBND");
        Assert.Equal("UBND thành phố", rootSearch.QuerySelector("#facet-issuer")!.ParentElement!.QuerySelector("a span:not(.count)")!.TextContent);
        // On the Vietnamese page the English document is in English, and the labels about it in Vietnamese.
        var rootResult = rootSearch.QuerySelectorAll(".search-results li").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal(("en", "vi"), (rootResult.GetAttribute("lang"), rootResult.QuerySelector(".search-meta")!.GetAttribute("lang")));
        Assert.Contains("UBND thành phố", rootResult.QuerySelector(".search-meta")!.TextContent, StringComparison.Ordinal);

        // The English page's suggestions name the type in English, the Vietnamese page's in Vietnamese.
        Assert.Equal("Official documents", await SearchSuggestions.TypeOfAsync(visitor, "/api/search/suggest/en?q=" + Uri.EscapeDataString(title), title));
        Assert.Equal("Văn bản chỉ đạo điều hành", await SearchSuggestions.TypeOfAsync(visitor, "/api/search/suggest?q=" + Uri.EscapeDataString(title), title));
    }

    [Fact]
    public async Task Broadcasts_OnEn_NameKindsAndMonthsInEnglish()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = BroadcastForms.Title("Evening radio bulletin");
        PortalClient.IdFromEditRedirect(await admin.PostMultipartAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage,
            English(BroadcastForms.Fields(title)), [(BroadcastForms.MediaInput, "bulletin.wav", BroadcastForms.Wav(8000))]));
        using var visitor = site.NewClient();

        var list = await visitor.GetPageAsync("/en/phat-thanh-truyen-hinh?thang=2024-06");
        Assert.Equal("Radio and television – June 2024", list.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Radio programme", list.QuerySelectorAll(".broadcast-kinds a").Select(a => a.TextContent.Trim()));
        Assert.Contains("June 2024", list.QuerySelectorAll("#thang option").Select(o => o.TextContent.Trim()));
        var card = list.QuerySelectorAll(".broadcast-card").Single(c => c.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal("Radio programme", card.QuerySelector(".broadcast-kind")!.TextContent.Trim());
        Assert.Contains("30 Jun 2024 23:30", card.TextContent, StringComparison.Ordinal);
        // The channel's name (a setting: "Đài Phát thanh - Truyền hình tỉnh …") stays as written; the labels do not.
        Assert.Equal("Radio and television", list.QuerySelector(".breadcrumb [aria-current=page]")!.TextContent.Trim());
        NoVietnamese(list, "Tháng phát sóng", "Chương trình phát thanh", "Tất cả", "Loại chương trình");

        var detail = await visitor.GetPageAsync(card.QuerySelector("a")!.GetAttribute("href")!);
        var facts = detail.QuerySelectorAll(".broadcast-facts dt").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("Channel", facts);
        Assert.Contains("Broadcast", facts);
        Assert.Contains("Duration", facts);
        Assert.Equal("Transcript", detail.QuerySelector("#loi-binh")!.TextContent.Trim());
        NoVietnamese(detail, "Kênh phát sóng", "Thời lượng", "Nội dung / Lời bình", "Trang chủ");

        var vietnamese = await visitor.GetPageAsync("/phat-thanh-truyen-hinh?thang=2024-06");
        Assert.Equal("Phát thanh - Truyền hình – tháng 06/2024", vietnamese.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Tourism_OnEn_NamesKindsAndFactsInEnglish()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = TourismForms.Title("Lime cave of the valley");
        PortalClient.IdFromEditRedirect(await admin.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage, English(TourismForms.Fields(title))));
        using var visitor = site.NewClient();

        var list = await visitor.GetPageAsync("/en/du-lich?loai=Cave");
        Assert.Equal("Caves", list.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(list.QuerySelectorAll(".tourism-kinds a"), a => a.TextContent.Trim() == "Temples and pagodas");
        var item = list.QuerySelectorAll("[data-tourism-list] li").Single(l => l.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal("Caves", item.GetAttribute("data-kind"));
        Assert.StartsWith("/en/du-lich/", item.GetAttribute("data-url"), StringComparison.Ordinal);
        NoVietnamese(list, "Hang động", "Đền, chùa", "Loại điểm đến", "Tất cả");
        // Places as English writes Vietnamese ones: the name, then the kind.
        Assert.Equal("Dương Quang Commune", list.QuerySelector("#phuong-xa option[value=xa-duong-quang]")!.TextContent);

        var detail = await visitor.GetPageAsync(item.GetAttribute("data-url")!);
        var facts = detail.QuerySelectorAll(".tourism-facts dt").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("Opening hours", facts);
        Assert.Contains("Coordinates", facts);
        Assert.Equal("Getting there", detail.QuerySelector("#cach-di")!.TextContent.Trim());
        NoVietnamese(detail, "Giờ mở cửa", "Cách đi", "Hang động", "Tọa độ", "Xã Dương Quang");
        Assert.Contains("Dương Quang Commune", detail.QuerySelector(".tourism-facts")!.TextContent, StringComparison.Ordinal);

        var vietnamese = await visitor.GetPageAsync("/du-lich?loai=Cave");
        Assert.Equal("Hang động", vietnamese.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Xã Dương Quang", vietnamese.QuerySelector("#phuong-xa option[value=xa-duong-quang]")!.TextContent);
    }

    [Fact]
    public async Task Investment_OnEn_WritesSectorsStatusAndMoneyForInvestors()
    {
        using var admin = await site.SignInAsAdminAsync();
        var marker = InvestmentForms.NewMarker();
        var title = $"Lakeside eco-resort {marker}";
        await InvestmentForms.PostAsync(admin, InvestmentForms.ProjectCreatePage, English(InvestmentForms.Project(title)));
        using var visitor = site.NewClient();

        var list = await visitor.GetPageAsync("/en/dau-tu");
        Assert.Equal("Investment projects", list.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Sector", list.QuerySelector("label[for=loc-linh-vuc]")!.TextContent.Trim());
        var card = list.QuerySelectorAll(".project-card").Single(c => c.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal("Open to investors", card.QuerySelector(".project-status")!.TextContent.Trim());
        Assert.Contains("Tourism and services", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("VND 1,250 billion", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("12.5 ha", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("(Xuất Hóa Ward)", card.TextContent, StringComparison.Ordinal);
        // Indexed in its own language, though published from the Vietnamese admin: the form of investment in English.
        Assert.Equal((1, 0), (await SearchTotalAsync(visitor, $"{marker} fully investor funded"), await SearchTotalAsync(visitor, $"{marker} bo von")));
        NoVietnamese(list, "Dự án kêu gọi đầu tư", "Lĩnh vực", "Đang kêu gọi đầu tư", "tỷ đồng", "Tất cả");

        var detail = await visitor.GetPageAsync(card.QuerySelector("a")!.GetAttribute("href")!);
        var sheet = detail.QuerySelectorAll(".project-sheet dt").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("Total investment capital", sheet);
        Assert.Contains("Form of investment", sheet);
        Assert.Contains("VND 1,250,000,000,000", detail.QuerySelector(".project-sheet")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("50 years", detail.QuerySelector(".project-sheet")!.TextContent, StringComparison.Ordinal);
        NoVietnamese(detail, "Tổng vốn đầu tư", "Hình thức đầu tư", "đồng", "năm", "Liên hệ");

        var vietnamese = await visitor.GetPageAsync("/dau-tu");
        Assert.Equal("Dự án kêu gọi đầu tư", vietnamese.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Lĩnh vực", vietnamese.QuerySelector("label[for=loc-linh-vuc]")!.TextContent.Trim());
    }

    private static async Task<int> SearchTotalAsync(PortalClient visitor, string query)
    {
        var response = await visitor.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }

    // The form as an editor writing in English posts it.
    private static List<KeyValuePair<string, string>> English(List<KeyValuePair<string, string>> fields)
    {
        fields.RemoveAll(f => f.Key == "Culture");
        fields.Add(new("Culture", "en"));
        return fields;
    }

    // Labels the page would show were it not translated; the content itself is the test's English.
    private static void NoVietnamese(IHtmlDocument page, params string[] labels)
    {
        var text = page.QuerySelector("main")!.TextContent;
        foreach (var label in labels)
        {
            Assert.False(text.Contains(label, StringComparison.Ordinal), $"\"{label}\" is on the English page.");
        }
    }
}
