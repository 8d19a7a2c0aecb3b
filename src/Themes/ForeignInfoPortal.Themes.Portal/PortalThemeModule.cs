using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Themes.Portal;

/// <summary>The Theme module's entry: registers its services, menu entries and permissions.</summary>
public sealed class PortalThemeModule : IModule
{
    public string Name => "Theme";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
