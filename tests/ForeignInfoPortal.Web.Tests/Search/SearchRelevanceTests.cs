using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Testing;
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

    private async Task<List<string>> TitlesAsync(string query)
    {
        using var json = await SearchAsync(query);
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }
}

public sealed class SqliteSearchRelevanceTests(SqliteSearchSite site) : SearchRelevanceTests(site), IClassFixture<SqliteSearchSite>;

public sealed class PostgresSearchRelevanceTests(PostgresSearchSite site) : SearchRelevanceTests(site), IClassFixture<PostgresSearchSite>;
