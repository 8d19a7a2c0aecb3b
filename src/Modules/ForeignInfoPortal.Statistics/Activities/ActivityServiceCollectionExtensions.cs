using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>Staff-recorded activities, issued reports and the admin report pages.</summary>
internal static class ActivityServiceCollectionExtensions
{
    public static IServiceCollection AddActivities(this IServiceCollection services) => services;
}
