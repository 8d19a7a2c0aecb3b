using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>The report exporters and the report verb.</summary>
internal static class ExportServiceCollectionExtensions
{
    public static IServiceCollection AddReportExporters(this IServiceCollection services) => services;
}
