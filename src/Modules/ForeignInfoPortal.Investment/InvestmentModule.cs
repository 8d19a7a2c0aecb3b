using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Investment;

/// <summary>The Investment module's entry (being built: see the module's README).</summary>
public sealed class InvestmentModule : IModule
{
    public string Name => "Investment";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
