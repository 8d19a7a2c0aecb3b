using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Scheduling.Services;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ForeignInfoPortal.Web.Tests.Scheduling;

/// <summary>The background service itself, switched on with a short interval: it finds a due schedule by itself.</summary>
public sealed class SchedulingServiceTests
{
    [Fact]
    public async Task BackgroundService_WhenEnabled_CarriesOutADueScheduleWithoutBeingCalled()
    {
        await using var host = new ScheduleHost(new Dictionary<string, string?>
        {
            ["Portal:Scheduling:Enabled"] = "true",
            ["Portal:Scheduling:IntervalSeconds"] = "1",
        });
        using var admin = await host.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Tin do dịch vụ nền xuất bản");
        await host.AddScheduleAsync(id, ScheduledActionKind.Publish, host.Now.AddMinutes(-1));

        // Waits for the service's next ticks (one a second), with a generous bound for a loaded machine.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await NewsForms.LoadAsync(host, id)).Status != ContentStatus.Published && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(ContentStatus.Published, (await NewsForms.LoadAsync(host, id)).Status);
        Assert.NotNull(Assert.Single(await host.SchedulesAsync(id)).CompletedUtc);
    }

    [Fact]
    public async Task BackgroundService_WhenDisabled_StopsAtStart()
    {
        await using var host = new ScheduleHost();
        var service = host.Services.GetServices<IHostedService>().OfType<SchedulingBackgroundService>().Single();

        // A disabled service returns from its work right away; since .NET 10 that work starts on the thread pool, so it
        // may not have returned yet when the host has started: wait for it, with a bound.
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task BackgroundService_WhenEnabled_KeepsRunning()
    {
        await using var host = new ScheduleHost(new Dictionary<string, string?> { ["Portal:Scheduling:Enabled"] = "true" });
        var service = host.Services.GetServices<IHostedService>().OfType<SchedulingBackgroundService>().Single();

        Assert.False(service.ExecuteTask!.IsCompleted);
    }
}
