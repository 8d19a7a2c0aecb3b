using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Users.Services;
using ForeignInfoPortal.Users.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ForeignInfoPortal.Users;

/// <summary>The Users module's entry: sign-in, sign-out, password change, the first-sign-in rule and API tokens.</summary>
public sealed class UsersModule : IModule
{
    public string Name => "Users";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Runs after AddPortalIdentity: replace Identity's factory so the principal carries our claims.
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<PortalUser>, PortalUserClaimsPrincipalFactory>());
        services.Configure<MvcOptions>(options =>
        {
            // In this order: a user with a generated password changes it before anything else.
            options.Filters.Add<MustChangePasswordFilter>();
            options.Filters.Add<TwoFactorRequiredFilter>();
        });
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IHostVerb, TokenVerb>();
        services.AddSingleton<IHostVerb, Accounts.UserVerb>();
    }
}
