using System.Globalization;
using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Scheduling.Services;
using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Scheduling;

/// <summary>
/// A portal whose clock the tests move, with the background service off unless asked for: the tests run the due work
/// themselves (<see cref="RunDueAsync"/>) at the moment they choose.
/// </summary>
public class ScheduleHost(IReadOnlyDictionary<string, string?>? settings = null) : PortalFactory(WithSchedulingOff(settings))
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>What the background service does at each tick.</summary>
    public Task<int> RunDueAsync() => Services.GetRequiredService<ScheduleRunner>().RunDueAsync();

    /// <summary>Probes the tests set to hold a runner or a request at the moment two of them must overlap.</summary>
    internal ScheduleProbes Probes { get; } = new();

    /// <summary>The panel's form as the browser posts it: the time typed in Vietnam time, the revision the page showed.</summary>
    public static List<KeyValuePair<string, string>> ScheduleForm(int id, string kind, DateTime dueUtc, int revision) =>
        ScheduleForm(id, kind, VietnamTime.FormatLocalInput(dueUtc), revision);

    public static List<KeyValuePair<string, string>> ScheduleForm(int id, string kind, string dueAt, int revision) =>
    [
        new("contentItemId", id.ToString(CultureInfo.InvariantCulture)),
        new("kind", kind),
        new("dueAt", dueAt),
        new("revision", revision.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>
    /// Posts the panel's form from the item's editor, with the item's current revision as the panel carries it; returns
    /// the response (a redirect back to the editor).
    /// </summary>
    public async Task<HttpResponseMessage> ScheduleAsync(PortalClient client, int id, string kind, DateTime dueUtc, string? formPage = null) =>
        await client.PostFormAsync(formPage ?? NewsForms.EditPage(id), "/admin/schedules",
            ScheduleForm(id, kind, dueUtc, (await NewsForms.LoadAsync(this, id)).Revision));

    /// <summary>Follows the redirect back to the editor and returns the notice shown there (success or error).</summary>
    public static async Task<(bool Error, string Text)> NoticeAfterAsync(PortalClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var error = page.QuerySelector(".notice--error");
        var notice = error ?? page.QuerySelector(".notice--success");
        Assert.NotNull(notice);
        return (error is not null, notice.TextContent.Trim());
    }

    public async Task<List<ScheduledAction>> SchedulesAsync(int contentItemId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ScheduledAction>().AsNoTracking()
            .Where(a => a.ContentItemId == contentItemId).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>
    /// Adds a schedule straight into the table (for due work the panel would refuse: a time already past), pinned to a
    /// revision or, as rows written before pinning, not.
    /// </summary>
    public async Task AddScheduleAsync(int contentItemId, ScheduledActionKind kind, DateTime dueUtc, int? revision = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Set<ScheduledAction>().Add(new ScheduledAction
        {
            ContentItemId = contentItemId, Kind = kind, DueUtc = dueUtc, ContentRevision = revision, CreatedUtc = Now,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>What the panel's post does once the rights are checked: saves a schedule or says why not.</summary>
    public async Task<string?> AddThroughServiceAsync(int contentItemId, ScheduledActionKind kind, DateTime dueUtc, int revision)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentSchedules>()
            .AddAsync(contentItemId, kind, dueUtc, revision, new ContentSchedules.Actor(null, "test"), CancellationToken.None);
    }

    public async Task<List<AuditEntry>> AuditAsync(int contentItemId, string action)
    {
        var subject = contentItemId.ToString(CultureInfo.InvariantCulture);
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.SubjectId == subject && e.Action == action).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<List<PublicationLedgerEntry>> LedgerAsync(int contentItemId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<PublicationLedgerEntry>().AsNoTracking()
            .Where(e => e.ContentItemId == contentItemId).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>News published on a Vietnam day, as the statistics report counts them.</summary>
    public async Task<int> NewsPublishedOnAsync(DateOnly day)
    {
        await using var scope = Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IPublicationReportService>().BuildAsync(new ReportRequest(day, day));
        return report.Figures.Where(f => f.ContentType == "News").Sum(f => f.Published);
    }

    protected override void ConfigurePortalServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Probes);
    }

    private static Dictionary<string, string?> WithSchedulingOff(IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?> { ["Portal:Scheduling:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }
}

/// <summary>The scheduling suites' shared site.</summary>
public sealed class SchedulingSite() : ScheduleHost;

[CollectionDefinition(Name)]
public sealed class SchedulingCollection : ICollectionFixture<SchedulingSite>
{
    public const string Name = "scheduling";
}
