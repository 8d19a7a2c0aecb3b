using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Search.Models;
using ForeignInfoPortal.Search.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Search;

/// <summary>
/// The ranking reads a match's bonuses from its stored text when few rows could reach the page, and asks the engine
/// for each bonus's matches when many could: both ways must give every document of the corpus the same factor, on
/// each engine, or a page would depend on how many rows happened to be near the top.
/// </summary>
public abstract class SearchBonusTests(SearchSite site)
{
    [Theory]
    [InlineData("đền cô")]
    [InlineData("đến cô")]
    [InlineData("ho nam cat")]
    [InlineData("Hồ Nặm Cắt")]
    [InlineData("64/KH-UBND")]
    [InlineData("ke hoach 64")]
    [InlineData("hoà bình")]
    [InlineData("thủy điện")]
    [InlineData("dong ang toong")]
    [InlineData("Động Áng Tôo")]
    [InlineData("lễ hội")]
    public async Task TextAndEngine_GiveEveryDocumentTheSameBonus(string text)
    {
        if (site.SkipReason is not null)
        {
            Assert.Skip(site.SkipReason);
        }

        await using var scope = site.Portal!.Services.CreateAsyncScope();
        var engine = (SqlSearchEngine)scope.ServiceProvider.GetRequiredService<ISearchEngine>();
        var ids = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchText>().Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken);
        var query = SearchQueryText.Parse(text);

        var fromText = await engine.BonusesFromTextAsync(query, ids, TestContext.Current.CancellationToken);
        var fromEngine = await engine.BonusesFromEngineAsync(query, TestContext.Current.CancellationToken);

        Assert.All(ids, id => Assert.Equal(fromEngine(id), fromText(id)));
        Assert.Contains(ids, id => fromText(id) > 1.0);
    }
}

public sealed class SqliteSearchBonusTests(SqliteSearchSite site) : SearchBonusTests(site), IClassFixture<SqliteSearchSite>;

public sealed class PostgresSearchBonusTests(PostgresSearchSite site) : SearchBonusTests(site), IClassFixture<PostgresSearchSite>;
