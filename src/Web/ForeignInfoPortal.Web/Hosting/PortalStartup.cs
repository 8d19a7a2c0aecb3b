using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary>
/// First-start work, run before the server listens and before any verb: migrate the database, run the
/// setup recipes on an empty one, grant the default permissions declared since the last start, and make sure
/// an administrator exists. As a hosted service it runs wherever the host starts (also under the integration
/// tests' factory); hosted services registered by the app start before the server accepts requests.
/// </summary>
internal sealed class PortalStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => InitializeAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<PortalDbContext>();
        var configuration = provider.GetRequiredService<IConfiguration>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("ForeignInfoPortal.Startup");

        var modules = provider.GetRequiredService<ModuleCatalog>().Modules;
        logger.LogInformation("Modules: {Modules}", string.Join(", ", modules.Select(m => m.Enabled ? m.Name : $"{m.Name} (off)")));
        await PortalDatabase.MigrateAsync(db, cancellationToken);
        var freshSite = await PortalDatabase.IsEmptyAsync(db, cancellationToken);
        if (freshSite)
        {
            var paths = provider.GetRequiredService<PortalPaths>();
            var runner = provider.GetRequiredService<IRecipeRunner>();
            var recipes = new List<string> { configuration["Portal:Setup:Recipe"] ?? "setup" };
            if (configuration.GetValue("Portal:Setup:Demo", defaultValue: false))
            {
                recipes.Add(configuration["Portal:Setup:DemoRecipe"] ?? "demo");
            }

            foreach (var recipe in recipes)
            {
                var result = await runner.RunFileAsync(paths.ResolveRecipe(recipe), cancellationToken);
                logger.LogInformation("Applied recipe {Recipe}: {Steps}", result.Name, string.Join("; ", result.Steps));
            }
        }

        // Permissions that modules declared since the site was set up reach the roles they are meant for, once.
        await provider.GetRequiredService<PermissionDefaultsUpgrade>().RunAsync(freshSite, cancellationToken);
        await EnsureAdministratorAsync(provider.GetRequiredService<UserManager<PortalUser>>(), provider.GetRequiredService<PortalDbContext>(), configuration, logger);
    }

    private static async Task EnsureAdministratorAsync(UserManager<PortalUser> users, PortalDbContext db, IConfiguration configuration, ILogger logger)
    {
        if ((await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count > 0)
        {
            return;
        }

        var email = configuration["Portal:Admin:Email"] ?? "admin@portal.local";
        var created = await PortalAccounts.CreateAsync(
            users, db, email, [PortalRoles.Administrator], "Quản trị hệ thống", unitIds: [], configuration["Portal:Admin:Password"], DateTime.UtcNow);
        if (!created.Result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the administrator {email}: {string.Join(" ", created.Result.Errors.Select(e => e.Description))}");
        }

        if (created.GeneratedPassword is not null)
        {
            // Printed once, on purpose: it is never stored in clear and must be changed at first sign-in.
            Console.WriteLine($"Administrator created: {email} / {created.GeneratedPassword}  (change it at first sign-in)");
        }

        logger.LogInformation("Administrator {Email} created", email);
    }
}
