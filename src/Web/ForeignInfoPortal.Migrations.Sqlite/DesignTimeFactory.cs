using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace ForeignInfoPortal.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context with every module's model (see docs/decisions/0002).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) => new(
        DataServiceCollectionExtensions.BuildOptions(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design.db" },
        DataServiceCollectionExtensions.DesignTimeCatalog(ModuleAssemblies.All)));
}
