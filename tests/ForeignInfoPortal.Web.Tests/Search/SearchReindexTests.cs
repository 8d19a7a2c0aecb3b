using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Search.Models;
using ForeignInfoPortal.Search.Services;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ForeignInfoPortal.Web.Tests.Search.SearchCorpus;

namespace ForeignInfoPortal.Web.Tests.Search;

/// <summary>
/// `search reindex` empties the index and writes it again from the published content in one transaction (on SQLite
/// with the index triggers set aside and each FTS5 index rebuilt once): afterwards every query finds what it found
/// before, publishing is followed again, and a reindex that is rolled back leaves the index as it was.
/// </summary>
public abstract class SearchReindexTests(SearchSite site)
{
    private static readonly string[] Queries = ["den co", "đền cô", "64/KH-UBND", "ke hoach 64", "le hoi", "hoà bình", "ho nam c", "cho phien"];

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

    [Fact]
    public async Task Reindex_FindsWhatWasFoundBefore_AndFollowsPublishingAgain()
    {
        var before = await AnswersAsync();
        int documents;
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            documents = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchDocument>().CountAsync(TestContext.Current.CancellationToken);
        }

        var count = await ReindexAsync(rollBack: false);

        Assert.Equal(documents, count);
        Assert.Equal(before, await AnswersAsync());
        Assert.DoesNotContain(Draft, await TitlesAsync("nam cat"));
        Assert.DoesNotContain(Withdrawn, await TitlesAsync("den co"));

        // The index follows publishing again: on SQLite the triggers that the reindex set aside are back.
        var id = await PublishNewsAsync("Thác Nà Khoang mùa nước đổ");
        Assert.Contains("Thác Nà Khoang mùa nước đổ", await TitlesAsync("thac na khoang"));
        await UnpublishAsync(id);
        Assert.Empty(await TitlesAsync("thac na khoang"));
    }

    [Fact]
    public async Task Reindex_RolledBack_LeavesTheIndexAsItWas()
    {
        var before = await AnswersAsync();

        await ReindexAsync(rollBack: true);

        Assert.Equal(before, await AnswersAsync());
        var id = await PublishNewsAsync("Hang Thẳm Khuyên trong lòng núi");
        Assert.Contains("Hang Thẳm Khuyên trong lòng núi", await TitlesAsync("hang tham khuyen"));
        await UnpublishAsync(id);
        Assert.Empty(await TitlesAsync("hang tham khuyen"));
    }

    private async Task<int> ReindexAsync(bool rollBack)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var count = await scope.ServiceProvider.GetRequiredService<SearchReindexer>().ReindexAsync(TestContext.Current.CancellationToken);
        if (rollBack)
        {
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }
        else
        {
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        return count;
    }

    private async Task<int> PublishNewsAsync(string title)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync("News", new ContentInput
        {
            Title = title,
            Fields = new NewsFields { Body = "<p>Điểm đến mới của du khách.</p>", Category = "tin-hoat-dong" },
        }, userId: null);
        return (await content.PublishAsync(item.Id, item.Revision, userId: null)).Id;
    }

    private async Task UnpublishAsync(int id)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.GetAsync(id);
        await content.UnpublishAsync(id, item!.Revision, userId: null);
    }

    // Each query's titles in order, with the total and the facet counts: the whole answer a visitor sees.
    private async Task<List<string>> AnswersAsync()
    {
        var answers = new List<string>();
        foreach (var query in Queries)
        {
            using var json = await SearchAsync(query);
            answers.Add(query + " → " + json.RootElement.GetProperty("total").GetInt32() + ": "
                + string.Join(" | ", json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()))
                + " / " + json.RootElement.GetProperty("facets").GetRawText());
        }

        return answers;
    }

    private async Task<List<string>> TitlesAsync(string query)
    {
        using var json = await SearchAsync(query);
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }

    private async Task<JsonDocument> SearchAsync(string query)
    {
        using var client = Portal.NewClient();
        var response = await client.GetAsync("/api/search?pageSize=50&q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteSearchReindexTests(SqliteSearchSite site) : SearchReindexTests(site), IClassFixture<SqliteSearchSite>;

public sealed class PostgresSearchReindexTests(PostgresSearchSite site) : SearchReindexTests(site), IClassFixture<PostgresSearchSite>;
