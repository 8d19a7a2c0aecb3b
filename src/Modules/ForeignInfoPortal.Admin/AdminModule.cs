using ForeignInfoPortal.Admin.Services;
using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Admin;

/// <summary>
/// The Admin module's entry: the admin layout and menu, the AccessAdmin gate in front of every admin page
/// of every module, the dashboard, site settings and units.
/// </summary>
public sealed class AdminModule : IModule
{
    public string Name => "Admin";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.Configure<MvcOptions>(options =>
        {
            // One gate for all modules: an admin controller gets it by its route, not by remembering an attribute.
            options.Filters.Add<AdminGateFilter>();

            // Validation rules are the explicit data annotations with Vietnamese messages; the implicit
            // [Required] of non-nullable strings would add English ones.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            VietnameseBindingMessages.Apply(options.ModelBindingMessageProvider);
        });
    }
}
