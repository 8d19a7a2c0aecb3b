using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace ForeignInfoPortal.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the context with every module's model (see docs/decisions/0002).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) => new(
        DataServiceCollectionExtensions.BuildOptions(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=localhost;Database=design" },
        DataServiceCollectionExtensions.DesignTimeCatalog(ModuleAssemblies.All)));
}
