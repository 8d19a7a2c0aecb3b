using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Tests.Data;

/// <summary>
/// The modules a context maps come from its options (ADR 0027): each set of modules has its model, whichever context was
/// built first, and a context whose options name none says so instead of mapping the core alone.
/// </summary>
public sealed class ModuleModelTests
{
    private static readonly DatabaseOptions Database = new() { ConnectionString = "Data Source=module-model-tests.db" };

    [Fact]
    public void Contexts_of_different_modules_have_different_models_and_the_same_modules_share_one()
    {
        var withProbe = DataServiceCollectionExtensions.DesignTimeCatalog(typeof(ModuleModelTests).Assembly);
        using var probed = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(Database, withProbe));
        using var core = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(Database, DataServiceCollectionExtensions.DesignTimeCatalog()));
        using var probedAgain = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(Database,
            DataServiceCollectionExtensions.DesignTimeCatalog(typeof(ModuleModelTests).Assembly)));

        Assert.NotNull(probed.Model.FindEntityType(typeof(ProbeRecord)));
        Assert.Null(core.Model.FindEntityType(typeof(ProbeRecord)));
        Assert.Same(probed.Model, probedAgain.Model);
    }

    [Fact]
    public void A_context_without_its_modules_says_how_to_build_its_options()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(Database.ConnectionString).Options;
        using var db = new PortalDbContext(options);

        var error = Assert.Throws<InvalidOperationException>(() => db.Model);
        Assert.Contains("DataServiceCollectionExtensions.Configure", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>A module of the tests' own, found only by a catalog built from this assembly.</summary>
public sealed class ProbeModule : IModule
{
    public string Name => "ModelProbe";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<ProbeRecord>().ToTable("ModelProbes");
}

/// <summary>The probe module's one table.</summary>
public sealed class ProbeRecord
{
    public int Id { get; set; }
}
