using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Media;

/// <summary>The Media module's entry (being built: see the module's README).</summary>
public sealed class MediaModule : IModule
{
    public string Name => "Media";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
