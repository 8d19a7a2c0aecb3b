using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Tourism;

/// <summary>The Tourism module's entry (being built: see the module's README).</summary>
public sealed class TourismModule : IModule
{
    public string Name => "Tourism";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
