using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Admin;

/// <summary>
/// The Admin module's entry: the admin layout and menu, the dashboard, site settings and units. (The
/// AccessAdmin gate in front of every admin page is the host's: see Core's AddPortalMvc.)
/// </summary>
public sealed class AdminModule : IModule
{
    public string Name => "Admin";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}
