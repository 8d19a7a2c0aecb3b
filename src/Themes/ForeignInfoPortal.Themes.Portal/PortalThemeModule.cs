using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Themes.Portal.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Themes.Portal;

/// <summary>The Theme module's entry: the public layout's services, the "Trang chủ" navigation entry and the home settings page.</summary>
public sealed class PortalThemeModule : IModule
{
    public string Name => "Theme";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SiteContext>();
        services.AddSingleton<INavigationProvider, HomeNavigation>();
        services.AddSingleton(ThemePermissions.Provider);
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}
