using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Statistics.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>The ledger, the counters, verify/rebuild and the report service.</summary>
internal static class LedgerServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationLedger(this IServiceCollection services)
    {
        services.AddScoped<CounterStore>();
        services.AddScoped<LedgerWriter>();
        services.AddScoped<IContentHandler, PublicationLedgerHandler>();
        services.AddScoped<CounterAudit>();
        services.AddSingleton<IHostVerb, CountersVerb>();
        services.AddScoped<ReportLabels>();
        services.AddScoped<IPublicationReportService, PublicationReportService>();
        return services;
    }
}
