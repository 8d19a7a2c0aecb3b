using ForeignInfoPortal.Audit.Services;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Audit;

/// <summary>
/// The Audit module's entry: records content changes into the trail (the rest of the portal records its own
/// actions through <c>IAuditLog</c>), purges entries past the retention period, and serves /admin/audit.
/// </summary>
public sealed class AuditModule : IModule
{
    public string Name => "Audit";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.Section))
            .Validate(o => o.RetentionDays >= AuditOptions.MinimumRetentionDays,
                $"{AuditOptions.Section}:RetentionDays must be at least {AuditOptions.MinimumRetentionDays} days (the database refuses to delete younger entries).")
            .Validate(o => o.PurgeIntervalHours >= 1, $"{AuditOptions.Section}:PurgeIntervalHours must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<IPermissionProvider, AuditPermissionProvider>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IContentHandler, ContentAuditHandler>();
        services.AddScoped<AuditRetention>();
        services.AddHostedService<AuditRetentionService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
