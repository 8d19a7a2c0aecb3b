using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>A site of its own with the probe type, and short ways to change content, pull reports and verify.</summary>
public sealed class LedgerSite : PortalFactory
{
    public async Task<ContentItem> CreateAsync(ContentInput input)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().CreateAsync(LedgerProbeFields.TypeName, input, "tester");
    }

    /// <summary>Runs one manager call on the item's current revision.</summary>
    public async Task<ContentItem> ChangeAsync(int id, Func<IContentManager, int, Task<ContentItem>> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.GetAsync(id) ?? throw new InvalidOperationException("no item");
        return await change(manager, item.Revision);
    }

    public Task<ContentItem> PublishAsync(int id) => ChangeAsync(id, (m, r) => m.PublishAsync(id, r, "tester"));

    public Task<ContentItem> UnpublishAsync(int id) => ChangeAsync(id, (m, r) => m.UnpublishAsync(id, r, "tester"));

    public Task<ContentItem> DeleteAsync(int id) => ChangeAsync(id, (m, r) => m.DeleteAsync(id, r, "tester"));

    public Task<ContentItem> RestoreAsync(int id) => ChangeAsync(id, (m, r) => m.RestoreAsync(id, r, "tester"));

    public Task<ContentItem> SaveDraftAsync(int id, ContentInput input) => ChangeAsync(id, (m, r) => m.SaveDraftAsync(id, r, input, "tester"));

    public async Task<PublicationReport> ReportAsync(DateOnly from, DateOnly to, bool compare = false, params ReportDimension[] groupBy)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPublicationReportService>().BuildAsync(new ReportRequest(from, to, compare, groupBy));
    }

    /// <summary>Published and withdrawn probes in a range, summed over subtypes.</summary>
    public async Task<(int Published, int Withdrawn)> ProbesAsync(DateOnly from, DateOnly to, string? kind = null)
    {
        var rows = (await ReportAsync(from, to)).Figures
            .Where(f => f.ContentType == LedgerProbeFields.TypeName && (kind is null || f.Subtype == kind)).ToList();
        return (rows.Sum(f => f.Published), rows.Sum(f => f.Withdrawn));
    }

    /// <summary>Runs a counters verb in process, as the host would.</summary>
    public async Task<(int ExitCode, string Output)> CountersAsync(string action)
    {
        var verb = Services.GetServices<IHostVerb>().Single(v => v.Name == "counters");
        using var output = new StringWriter();
        var exit = await verb.RunAsync([action], output, CancellationToken.None);
        return (exit, output.ToString());
    }

    public async Task AssertNoDriftAsync()
    {
        var (exit, output) = await CountersAsync("verify");
        Assert.True(exit == 0, output);
        Assert.Contains("Không có sai lệch.", output);
    }

    public async Task<int> LedgerRowsAsync(int itemId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"PublicationLedger\" WHERE \"ContentItemId\" = {itemId}").SingleAsync();
    }

    public async Task<int> UnitIdAsync(string code)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Units.SingleAsync(u => u.Code == code)).Id;
    }

    public async Task ExecuteSqlAsync(string sql)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    public static ContentInput Probe(string title, DateTime publishedUtc, string kind = "radio", int? unitId = null, string culture = "vi", string? topic = null) => new()
    {
        Title = title,
        PublishedUtc = publishedUtc,
        UnitId = unitId,
        Culture = culture,
        Fields = new LedgerProbeFields { Kind = kind, Topic = topic },
    };

    /// <summary>A UTC instant from a Vietnam wall-clock time.</summary>
    public static DateTime Vn(int year, int month, int day, int hour = 9, int minute = 0) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-7);

    protected override void ConfigurePortalServices(IServiceCollection services) => LedgerProbeFields.Register(services);
}
