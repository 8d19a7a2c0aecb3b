using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Scheduling.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ForeignInfoPortal.Scheduling;

/// <summary>
/// The Scheduling module's entry: publish later and unpublish later from a panel of the content editor, carried out
/// once by a background service on every node (see the module README and decision 0014).
/// </summary>
public sealed class SchedulingModule : IModule
{
    public string Name => "Scheduling";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions());
        services.AddScoped<ContentSchedules>();
        services.TryAddSingleton<ScheduleProbes>();
        services.AddSingleton<ScheduleRunner>();
        services.AddSingleton<IDueScheduleRunner>(provider => provider.GetRequiredService<ScheduleRunner>());
        services.AddHostedService<SchedulingBackgroundService>();
        services.AddSingleton(new ContentEditorPanel("Schedule", "SchedulePanel", 20));
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => Models.SchedulingModel.Configure(modelBuilder);
}
