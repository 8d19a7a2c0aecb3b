using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using static ForeignInfoPortal.Web.Tests.Search.SearchCorpus;

namespace ForeignInfoPortal.Web.Tests.Search;

/// <summary>
/// The relevance set: the same queries and expectations on SQLite FTS5 and on PostgreSQL full-text search,
/// through the public API. Queries come as visitors type them: without diacritics, mixed case, old and new
/// tone placement, document numbers, unfinished last words.
/// </summary>
public abstract class SearchRelevanceTests(SearchSite site)
{
    private PortalFactory Portal
    {
        get
        {
            if (site.SkipReason is not null)
            {
                Assert.Skip(site.SkipReason);
            }

            return site.Portal!;
        }
    }

    [Theory]
    [InlineData("den co", TempleCo)]
    [InlineData("đền cô", TempleCo)]
    [InlineData("ĐỀN CÔ", TempleCo)]
    [InlineData("dong ang toong", Cave)]
    [InlineData("Động Áng Tôong", Cave)]
    [InlineData("ho nam cat", Lake)]
    [InlineData("64/KH-UBND", Plan)]
    [InlineData("64/kh-ubnd", Plan)]
    [InlineData("ke hoach 64", Plan)]
    [InlineData("hoà bình", Peace)]
    [InlineData("hòa bình", Peace)]
    [InlineData("hoa binh", Peace)]
    [InlineData("thuỷ điện", Water)]
    [InlineData("thủy điện", Water)]
    public async Task TopResult_IsTheExpectedItem(string query, string expectedTitle)
    {
        var titles = await TitlesAsync(query);
        Assert.NotEmpty(titles);
        Assert.Equal(expectedTitle, titles[0]);
    }

    [Fact]
    public async Task ExactDiacritics_RankAboveOtherForms()
    {
        // "đền" (temple) and "đến" (to arrive) fold alike: with diacritics typed, the temple comes first;
        // without them, both are found.
        var temple = await TitlesAsync("đền cô");
        Assert.True(temple.IndexOf(TempleCo) < temple.IndexOf(ArriveCo), string.Join(" | ", temple));
        var arrive = await TitlesAsync("đến cô");
        Assert.True(arrive.IndexOf(ArriveCo) < arrive.IndexOf(TempleCo), string.Join(" | ", arrive));
        var folded = await TitlesAsync("den");
        Assert.Contains(TempleCo, folded);
        Assert.Contains(ArriveCo, folded);
    }

    [Fact]
    public async Task NewerItems_ComeFirstAmongEquals()
    {
        // Two items that say the same thing: the one published in 2024 comes before the one from 2022.
        using var json = await SearchAsync("cho phien");
        var dates = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(2, dates.Count);
        Assert.True(dates[0] > dates[1]);
    }

    [Fact]
    public async Task TitleAndSummaryMatches_RankAboveBodyOnlyMatches()
    {
        // "lễ hội" is in the title of one item and only in the body of another.
        var titles = await TitlesAsync("le hoi");
        Assert.True(titles.IndexOf(Peace) >= 0 && titles.IndexOf(Peace) < titles.IndexOf(TempleCo), string.Join(" | ", titles));
    }

    [Fact]
    public async Task AWordTypedTwice_FindsWhatItFindsOnce()
    {
        var once = await TitlesAsync("le hoi ");
        var twice = await TitlesAsync("le hoi hoi ");

        Assert.NotEmpty(once);
        Assert.Equal(once.Order(), twice.Order());
    }

    [Fact]
    public async Task Paging_ListsEveryMatchOnce_AcrossBothTiers()
    {
        using var all = await SearchAsync("le hoi");
        var total = all.RootElement.GetProperty("total").GetInt32();
        var expected = all.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.True(total >= 2, "the corpus has title and body matches of \"le hoi\"");

        var paged = new List<string>();
        using var client = Portal.NewClient();
        for (var page = 1; page <= total; page++)
        {
            using var json = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri($"/api/search?q=le+hoi&pageSize=1&page={page}", UriKind.Relative)));
            paged.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!));

            // The first page is filled by the first tier, the later ones by the second, whose pass gives the facets
            // their matches: every page counts the same.
            Assert.Equal(total, json.RootElement.GetProperty("total").GetInt32());
            Assert.Equal(all.RootElement.GetProperty("facets").GetRawText(), json.RootElement.GetProperty("facets").GetRawText());
        }

        Assert.Equal(expected, paged);
        Assert.Equal(total, paged.Count);
    }

    [Fact]
    public async Task Facets_FollowARepublishedItem_AndForgetAWithdrawnOne()
    {
        // A later version with another date moves the item to another year; facet values must never be stale.
        int id;
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = await content.CreateAsync("News", new ContentInput
            {
                Title = "Múa xòe chiêng Pù Lầu",
                Fields = new NewsFields { Body = "<p>Điệu múa của đồng bào.</p>", Category = "tin-hoat-dong" },
            }, userId: null);
            item = await content.PublishAsync(item.Id, item.Revision, new DateTime(2023, 3, 1, 3, 0, 0, DateTimeKind.Utc), userId: null);
            id = item.Id;
        }

        Assert.Equal(["2023"], await YearsAsync("xoe chieng"));
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = await content.GetAsync(id);
            item = await content.SaveDraftAsync(id, item!.Revision, new ContentInput
            {
                Title = "Múa xòe chiêng Pù Lầu",
                Fields = new NewsFields { Body = "<p>Điệu múa của đồng bào.</p>", Category = "tin-hoat-dong" },
            }, userId: null);
            await content.PublishAsync(id, item.Revision, new DateTime(2021, 3, 1, 3, 0, 0, DateTimeKind.Utc), userId: null);
        }

        Assert.Equal(["2021"], await YearsAsync("xoe chieng"));
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = await content.GetAsync(id);
            await content.UnpublishAsync(id, item!.Revision, userId: null);
        }

        Assert.Empty(await YearsAsync("xoe chieng"));
    }

    [Fact]
    public async Task DocumentNumber_FindsTheDocumentBeforeThoseThatCiteIt()
    {
        var titles = await TitlesAsync("64/KH-UBND");
        Assert.Equal([Plan, Directive], titles.Take(2));
    }

    [Fact]
    public async Task DraftsAndWithdrawnItems_AreNeverFound()
    {
        var titles = await TitlesAsync("nam cat");
        Assert.DoesNotContain(Draft, titles);
        Assert.DoesNotContain(Withdrawn, await TitlesAsync("den co"));
    }

    [Fact]
    public async Task Suggestions_MatchTheLastWordAsAPrefix()
    {
        using var client = Portal.NewClient();
        using var json = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri("/api/search/suggest?q=ho%20nam%20c", UriKind.Relative)));
        var titles = json.RootElement.EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains(Lake, titles);
        Assert.Contains("<mark>", json.RootElement[0].GetProperty("titleHtml").GetString());
    }

    [Fact]
    public async Task Results_HighlightFoldedMatchesInTheOriginalText()
    {
        using var json = await SearchAsync("den co");
        var first = json.RootElement.GetProperty("items")[0];
        Assert.Contains("<mark>Đền</mark> <mark>Cô</mark>", first.GetProperty("titleHtml").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippetHtml").GetString());
    }

    [Fact]
    public async Task Facets_CountByTypeAndYear_AndFilter()
    {
        using var json = await SearchAsync("ho");
        var types = json.RootElement.GetProperty("facets").GetProperty("type").EnumerateArray().ToList();
        Assert.Contains(types, t => t.GetProperty("value").GetString() == "News");
        using var filtered = await SearchAsync("nam cat", "&year=2019");
        Assert.Equal(Old, filtered.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(1, filtered.RootElement.GetProperty("total").GetInt32());
        var years = filtered.RootElement.GetProperty("facets").GetProperty("year").EnumerateArray().ToList();
        Assert.Contains(years, y => y.GetProperty("value").GetString() == "2024" && y.GetProperty("count").GetInt32() == 1);
    }

    [Fact]
    public async Task NoResults_OfferACloseSpellingThatHasResults()
    {
        using var json = await SearchAsync("ho nam cta ");
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("ho nam cat", json.RootElement.GetProperty("didYouMean").GetString());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("den* NEAR(co)")]
    [InlineData("-den")]
    [InlineData("title:den")]
    [InlineData("den OR co AND NOT ho")]
    [InlineData("') ; DROP TABLE \"SearchDocuments\"; --")]
    [InlineData("&|!<->:*")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EngineSyntax_IsNeverAnError(string query)
    {
        using var client = Portal.NewClient();
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await TitlesAsync("den co"));
    }

    [Theory]
    [InlineData("&type=poems", "invalid_search_request")]
    [InlineData("&year=abc", "invalid_search_request")]
    [InlineData("&page=0", "invalid_search_request")]
    public async Task BadFilters_AreAProblemWithAStableCode(string extra, string code)
    {
        using var client = Portal.NewClient();
        var response = await client.GetAsync("/api/search?q=den" + extra);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task SearchPage_ShowsResultsFacetsAndVietnameseErrors()
    {
        using var client = Portal.NewClient();
        var page = await client.Http.GetStringAsync(new Uri("/tim-kiem?q=den+co", UriKind.Relative));
        Assert.Contains("<mark>Đền</mark> <mark>Cô</mark>", page);
        Assert.Contains("Loại nội dung", page);
        var refused = await client.GetAsync("/tim-kiem?q=den&year=abc");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Năm phải là số có bốn chữ số", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task VeryLongQuery_IsCutNotRefused()
    {
        using var json = await SearchAsync(string.Concat(Enumerable.Repeat("hồ nặm cắt ", 60)));
        Assert.True(json.RootElement.GetProperty("query").GetString()!.Length <= 200);
    }

    private async Task<JsonDocument> SearchAsync(string query, string extra = "")
    {
        using var client = Portal.NewClient();
        var response = await client.GetAsync("/api/search?pageSize=50&q=" + Uri.EscapeDataString(query) + extra);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> YearsAsync(string query)
    {
        using var json = await SearchAsync(query);
        return json.RootElement.GetProperty("facets").GetProperty("year").EnumerateArray().Select(y => y.GetProperty("value").GetString()!).ToList();
    }

    private async Task<List<string>> TitlesAsync(string query)
    {
        using var json = await SearchAsync(query);
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }
}

public sealed class SqliteSearchRelevanceTests(SqliteSearchSite site) : SearchRelevanceTests(site), IClassFixture<SqliteSearchSite>;

public sealed class PostgresSearchRelevanceTests(PostgresSearchSite site) : SearchRelevanceTests(site), IClassFixture<PostgresSearchSite>;
