using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Pages;

/// <summary>The Pages module's entry (being built: see the module's README).</summary>
public sealed class PagesModule : IModule
{
    public string Name => "Pages";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
