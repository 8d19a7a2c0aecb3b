using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>The Broadcasts module's entry: registers its content type, services, menu entries and permissions.</summary>
public sealed class BroadcastsModule : IModule
{
    public string Name => "Broadcasts";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
