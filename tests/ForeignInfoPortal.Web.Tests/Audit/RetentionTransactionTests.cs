using ForeignInfoPortal.Audit.Services;
using ForeignInfoPortal.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ForeignInfoPortal.Web.Tests.Audit;

/// <summary>The purge and its own <c>audit.purge</c> entry commit together: when the entry cannot be written, nothing is deleted.</summary>
public sealed class RetentionTransactionTests
{
    [Fact]
    public async Task Purge_WhenItsOwnEntryFails_DeletesNothing()
    {
        await using var site = new PurgeEntryFailsSite();
        var now = site.Clock.GetUtcNow();
        await site.RecordAtAsync(now.AddDays(-800), new AuditRecord("test.old", null, SubjectTitle: "quá hạn"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => site.WithServiceAsync<AuditRetention>(r => r.PurgeAsync()));

        Assert.Single(await site.EntriesAsync(q => q.Where(e => e.Action == "test.old")));
        Assert.Empty(await site.EntriesAsync(q => q.Where(e => e.Action == AuditRetention.PurgeAction)));

        // Once the entry can be written again, the purge goes through and says so.
        site.FailPurgeEntry = false;
        var removed = 0;
        await site.WithServiceAsync<AuditRetention>(async r => removed = await r.PurgeAsync());
        Assert.Equal(1, removed);
        Assert.Empty(await site.EntriesAsync(q => q.Where(e => e.Action == "test.old")));
        Assert.Single(await site.EntriesAsync(q => q.Where(e => e.Action == AuditRetention.PurgeAction)));
    }

    /// <summary>A site whose audit log refuses the purge's entry (as a full disk or a lost connection would) while asked to.</summary>
    private sealed class PurgeEntryFailsSite() : ClockedAuditSite(new Dictionary<string, string?> { ["Portal:Audit:RetentionDays"] = "730" })
    {
        public bool FailPurgeEntry { get; set; } = true;

        protected override void ConfigurePortalServices(IServiceCollection services)
        {
            base.ConfigurePortalServices(services);
            var real = services.Single(d => d.ServiceType == typeof(IAuditLog));
            services.RemoveAll<IAuditLog>();
            services.AddScoped<IAuditLog>(provider => new FailingPurgeEntry(
                (IAuditLog)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!), this));
        }
    }

    private sealed class FailingPurgeEntry(IAuditLog inner, PurgeEntryFailsSite site) : IAuditLog
    {
        public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
            site.FailPurgeEntry && record.Action == AuditRetention.PurgeAction
                ? throw new InvalidOperationException("The audit entry could not be written.")
                : inner.RecordAsync(record, cancellationToken);
    }
}
