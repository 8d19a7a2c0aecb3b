using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Statistics.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>Staff-recorded activities, issued reports and the admin report pages.</summary>
internal static class ActivityServiceCollectionExtensions
{
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddScoped<IActivityTotals, ActivityTotals>();
        services.AddScoped<IRecipeStep, ActivitiesStep>();
        services.AddScoped<DemoVolumeFields>();
        services.AddScoped<IRecipeStep, DemoVolumeStep>();
        services.AddScoped<IRecipeStep, Settings.StatisticsSettingsStep>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        return services;
    }
}
