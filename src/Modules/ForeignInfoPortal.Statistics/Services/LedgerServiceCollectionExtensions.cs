using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>The ledger, the counters, verify/rebuild and the report service.</summary>
internal static class LedgerServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationLedger(this IServiceCollection services) => services;
}
