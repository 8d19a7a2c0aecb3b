using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.News;

/// <summary>The News module's entry: registers its services, menu entries and permissions.</summary>
public sealed class NewsModule : IModule
{
    public string Name => "News";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
