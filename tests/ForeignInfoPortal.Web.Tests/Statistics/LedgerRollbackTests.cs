using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using static ForeignInfoPortal.Web.Tests.Statistics.LedgerSite;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>The counters are written in the change's transaction: when they cannot be written, nothing is.</summary>
public sealed class LedgerRollbackTests(LedgerSite site) : IClassFixture<LedgerSite>
{
    [Fact]
    public async Task CounterWriteFails_PublishIsRolledBack()
    {
        var item = await site.CreateAsync(Probe("Không được xuất bản", Vn(2018, 5, 5)));
        var postgres = TestDatabase.Provider == DatabaseProvider.PostgreSql;
        await site.ExecuteSqlAsync(postgres
            ? """
              CREATE FUNCTION fail_counter() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'counter refused'; END $$;
              CREATE TRIGGER fail_counter_write BEFORE INSERT OR UPDATE ON "PublicationCounters" FOR EACH ROW EXECUTE FUNCTION fail_counter();
              """
            : """
              CREATE TRIGGER fail_counter_insert BEFORE INSERT ON PublicationCounters BEGIN SELECT RAISE(ABORT, 'counter refused'); END;
              CREATE TRIGGER fail_counter_update BEFORE UPDATE ON PublicationCounters BEGIN SELECT RAISE(ABORT, 'counter refused'); END;
              """);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => site.PublishAsync(item.Id));
        }
        finally
        {
            await site.ExecuteSqlAsync(postgres
                ? "DROP TRIGGER fail_counter_write ON \"PublicationCounters\"; DROP FUNCTION fail_counter();"
                : "DROP TRIGGER fail_counter_insert; DROP TRIGGER fail_counter_update;");
        }

        await using var scope = site.Services.CreateAsyncScope();
        var stored = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(item.Id))!;
        Assert.Equal(ContentStatus.Draft, stored.Status);
        Assert.DoesNotContain(stored.Versions, v => v.IsPublished);
        Assert.Equal(0, await site.LedgerRowsAsync(item.Id));
        await site.AssertNoDriftAsync();

        await site.PublishAsync(item.Id); // and the same change goes through once the counters can be written
        Assert.Equal((1, 0), await site.ProbesAsync(new(2018, 1, 1), new(2018, 12, 31)));
    }
}
