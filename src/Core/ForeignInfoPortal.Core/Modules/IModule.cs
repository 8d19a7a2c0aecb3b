using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Modules;

/// <summary>
/// The one entry class of a module. The host finds it in the module assemblies it references and calls it
/// when the module is enabled (<c>Portal:Modules:{Name}:Enabled</c>, true by default).
/// </summary>
public interface IModule
{
    /// <summary>The module's short name, e.g. "News"; the configuration key that switches it off.</summary>
    string Name { get; }

    /// <summary>Registers services, content types, admin menu entries, navigation and permissions.</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps minimal-API endpoints; controllers are found through the module's application part.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>
    /// Adds the module's tables to the shared model. Called for every referenced module, enabled or not,
    /// so that the schema and its migrations do not depend on configuration.
    /// </summary>
    void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
