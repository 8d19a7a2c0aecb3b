using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Workflow;

/// <summary>The Workflow module's entry (being built: see the module README).</summary>
public sealed class WorkflowModule : IModule
{
    public string Name => "Workflow";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => Models.WorkflowModel.Configure(modelBuilder);
}
