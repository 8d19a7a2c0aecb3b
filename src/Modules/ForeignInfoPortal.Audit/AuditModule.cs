using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Audit;

/// <summary>The Audit module's entry (being built: see the module README).</summary>
public sealed class AuditModule : IModule
{
    public string Name => "Audit";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
