using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Documents;

/// <summary>The Documents module's entry: registers its content type, services, menu entries and permissions.</summary>
public sealed class DocumentsModule : IModule
{
    public string Name => "Documents";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
