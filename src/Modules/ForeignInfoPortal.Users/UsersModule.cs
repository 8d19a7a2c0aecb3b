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
        // In this order: a user with a generated password changes it before anything else. The admin sends the user to
        // each page; the API refuses the session (Core's ApiCallerFilter asks every IAccountRequirement).
        services.AddSingleton<MustChangePassword>();
        services.AddSingleton<TwoFactorRequired>();
        services.AddSingleton<IAccountRequirement>(sp => sp.GetRequiredService<MustChangePassword>());
        services.AddSingleton<IAccountRequirement>(sp => sp.GetRequiredService<TwoFactorRequired>());
        services.Configure<MvcOptions>(options =>
        {
            options.Filters.Add<AccountRequirementFilter<MustChangePassword, AllowWithTemporaryPasswordAttribute>>();
            options.Filters.Add<AccountRequirementFilter<TwoFactorRequired, AllowWithoutTwoFactorAttribute>>();
        });
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IHostVerb, TokenVerb>();
        services.AddSingleton<IHostVerb, Accounts.UserVerb>();
    }
}
