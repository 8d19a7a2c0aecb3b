using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Search;
using ForeignInfoPortal.Search.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Search;

/// <summary>
/// Hundreds of close matches: the ranking reads the bonuses of the few rows that could reach the page from their
/// text, or asks the engine for each bonus's matches over the whole index when they are many. Every page, deep ones
/// included, must be the same whichever way its bonuses were found.
/// </summary>
public abstract class SearchBonusPagingTests(SearchSite site)
{
    [Theory]
    [InlineData("mua xuan")]
    [InlineData("mùa xuân")]
    [InlineData("xuan mua")]
    [InlineData("mùa xuân 2024")]
    [InlineData("xuân mùa")]
    public async Task EveryPage_IsTheEnginePassesPage(string text)
    {
        if (site.SkipReason is not null)
        {
            Assert.Skip(site.SkipReason);
        }

        var query = SearchQueryText.Parse(text);
        int[] skips = [0, 10, 60, 70, 250, 290];
        foreach (var skip in skips)
        {
            var fromEngine = await PageAsync(query, skip, maxTextCandidates: 0);
            Assert.Equal(fromEngine, await PageAsync(query, skip, maxTextCandidates: int.MaxValue));
            Assert.Equal(fromEngine, await PageAsync(query, skip, maxTextCandidates: null));
        }

        // The corpus is what makes this worth asking: every query matches more rows than are read from their text.
        Assert.Equal(10, (await PageAsync(query, 70, maxTextCandidates: null)).Count);
    }

    private async Task<List<(int, double)>> PageAsync(SearchQueryText query, int skip, int? maxTextCandidates)
    {
        await using var scope = site.Portal!.Services.CreateAsyncScope();
        var engine = (SqlSearchEngine)scope.ServiceProvider.GetRequiredService<ISearchEngine>();
        if (maxTextCandidates is { } candidates)
        {
            engine.MaxTextCandidates = candidates;
        }

        var hits = await engine.PageAsync(query, new SearchFilters(), skip, 10, TestContext.Current.CancellationToken);
        return hits.Select(h => (h.Id, Math.Round(h.Score, 9))).ToList();
    }
}

public sealed class SqliteSearchBonusPagingTests(SqliteCrowdSite site) : SearchBonusPagingTests(site), IClassFixture<SqliteCrowdSite>;

public sealed class PostgresSearchBonusPagingTests(PostgresCrowdSite site) : SearchBonusPagingTests(site), IClassFixture<PostgresCrowdSite>;

public sealed class SqliteCrowdSite : SqliteSearchSite
{
    protected override Task PublishAsync(IServiceProvider services) => CrowdCorpus.PublishAsync(services);
}

public sealed class PostgresCrowdSite : PostgresSearchSite
{
    protected override Task PublishAsync(IServiceProvider services) => CrowdCorpus.PublishAsync(services);
}

/// <summary>
/// 320 news items that all contain "mùa" and "xuân": some side by side (the phrase bonus), some apart, some with the
/// marks, some without, in titles of different lengths and on different days, so scores are close but not all equal.
/// </summary>
internal static class CrowdCorpus
{
    public static async Task PublishAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var start = new DateTime(2024, 1, 1, 3, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 320; i++)
        {
            var title = (i % 4) switch
            {
                0 => $"Mùa xuân trên bản số {i}",
                1 => $"Xuân về, mùa lúa chín ở thôn số {i} năm 2024",
                2 => $"Chợ phiên mùa xuân {i}",
                _ => $"mua xuan {i}: ghi chép {new string('x', i % 7 + 1)}",
            };
            var item = await content.CreateAsync("News", new ContentInput
            {
                Title = title,
                PublishedUtc = start.AddDays(i % 50),
                Fields = new NewsFields { Body = $"<p>Bài số {i} về mùa vụ và {(i % 3 == 0 ? "mùa xuân" : "tiết xuân")}.</p>", Category = "tin-hoat-dong" },
            }, userId: null);
            await content.PublishAsync(item.Id, item.Revision, userId: null);
        }
    }
}
