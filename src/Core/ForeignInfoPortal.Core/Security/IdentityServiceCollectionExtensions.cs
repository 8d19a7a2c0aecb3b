using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Security;

/// <summary>ASP.NET Core Identity on the portal's database, with Vietnamese messages, and API tokens beside its cookie.</summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>The sign-in path of the admin; the Users module serves it.</summary>
    public const string SignInPath = "/admin/account/login";

    /// <summary>The default scheme: forwards to the bearer handler or to Identity's cookie, per request.</summary>
    public const string PortalScheme = "Portal";

    /// <summary>
    /// Identity's sign-in cookie alone (the value of <c>IdentityConstants.ApplicationScheme</c>, which is not a constant):
    /// for the pages that manage the account's own credentials, which an API token must never reach.
    /// </summary>
    public const string CookieScheme = "Identity.Application";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                // ASVS 2.1.1: at least 12 characters, no composition rules (2.1.9); common ones refused by the validator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name; // ASVS 2.8.4
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddUserStore<PortalUserStore>()
            .AddUserManager<PortalUserManager>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.Name);
        services.AddScoped<PermissionDefaultsUpgrade>();
        services.AddOptions<TwoFactorOptions>().BindConfiguration(TwoFactorOptions.Section);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = SignInPath;
            options.AccessDeniedPath = "/admin/account/denied";
            options.Cookie.Name = "portal.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddApiTokens();
        return services;
    }

    private static void AddApiTokens(this IServiceCollection services)
    {
        services.AddScoped<IApiTokenService, ApiTokenService>();
        services.AddOptions<FailedAuthenticationLimitOptions>()
            .BindConfiguration(FailedAuthenticationLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IFailedAuthenticationLimiter, FailedAuthenticationLimiter>();
        services.AddScoped<ApiTokenValidator>();

        // AddIdentity made its cookie the default of every action; one policy scheme instead picks, per request,
        // the bearer handler when a token is sent and the cookie otherwise, so [Authorize], MVC filters and
        // minimal APIs all see token users without naming a scheme.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = PortalScheme;
                options.DefaultAuthenticateScheme = PortalScheme;
                options.DefaultChallengeScheme = PortalScheme;
                options.DefaultForbidScheme = PortalScheme;
            })
            .AddPolicyScheme(PortalScheme, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context => ApiTokenAuthenticationHandler.HasBearer(context.Request)
                    ? ApiTokenDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.AuthenticationScheme, "API token", null);
    }
}
