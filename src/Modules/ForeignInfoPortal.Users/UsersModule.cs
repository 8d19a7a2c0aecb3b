using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Users;

/// <summary>The Users module's entry: registers its services, menu entries and permissions.</summary>
public sealed class UsersModule : IModule
{
    public string Name => "Users";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
