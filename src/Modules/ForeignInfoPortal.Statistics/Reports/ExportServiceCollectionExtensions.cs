using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Statistics.Reports.Exporters;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>The report exporters and the report verb.</summary>
internal static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// Exporters are scoped: the DOCX one reads the site settings through the scoped settings store. Callers
    /// pick one by <see cref="IReportExporter.Format"/> from <c>IEnumerable&lt;IReportExporter&gt;</c>.
    /// </summary>
    public static IServiceCollection AddReportExporters(this IServiceCollection services)
    {
        services.AddScoped<IReportExporter, JsonReportExporter>();
        services.AddScoped<IReportExporter, CsvReportExporter>();
        services.AddScoped<IReportExporter, XlsxReportExporter>();
        services.AddScoped<IReportExporter, DocxReportExporter>();
        services.AddSingleton<IHostVerb, ReportVerb>();
        return services;
    }
}
