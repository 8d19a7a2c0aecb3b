using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Statistics.Activities;
using ForeignInfoPortal.Statistics.Data;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Statistics.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics;

/// <summary>
/// The Statistics module's entry: the publication ledger and daily counters (kept by a content handler in the
/// change's transaction), reports and their exports, and activities recorded by staff.
/// </summary>
public sealed class StatisticsModule : IModule
{
    public string Name => "Statistics";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Core.Security.IPermissionProvider, StatisticsPermissionProvider>();
        services.AddPublicationLedger();
        services.AddReportExporters();
        services.AddActivities();
    }

    public void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => Apis.StatisticsApi.MapStatisticsApi(endpoints);

    public void ConfigureModel(ModelBuilder modelBuilder) => StatisticsModel.Configure(modelBuilder);
}
