using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Scheduling;

/// <summary>The Scheduling module's entry (being built: see the module README).</summary>
public sealed class SchedulingModule : IModule
{
    public string Name => "Scheduling";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => Models.SchedulingModel.Configure(modelBuilder);
}
