using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Contents;

/// <summary>The Contents module's entry: registers its services, menu entries and permissions.</summary>
public sealed class ContentsModule : IModule
{
    public string Name => "Contents";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
