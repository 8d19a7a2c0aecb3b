using ForeignInfoPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Tests.Data;

public sealed class SqliteConnectionTuningTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-tuning-" + Guid.NewGuid().ToString("N"));

    public SqliteConnectionTuningTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Every_connection_the_context_opens_reads_through_the_configured_map_and_cache()
    {
        var options = new DatabaseOptions
        {
            ConnectionString = $"Data Source={Path.Combine(_folder, "portal.db")}",
            SqliteMemoryMapMegabytes = 64,
            SqliteCacheMegabytes = 3,
        };

        // Twice: the second context gets the pooled connection back, whose settings must have stayed.
        for (var i = 0; i < 2; i++)
        {
            await using var db = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(options, DataServiceCollectionExtensions.DesignTimeCatalog()));
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            Assert.Equal(64L * 1024 * 1024, await PragmaAsync(db, "mmap_size"));
            Assert.Equal(-3L * 1024, await PragmaAsync(db, "cache_size"));
        }
    }

    [Fact]
    public async Task A_map_of_zero_turns_memory_mapping_off()
    {
        var options = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "off.db")}", SqliteMemoryMapMegabytes = 0 };
        await using var db = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(options, DataServiceCollectionExtensions.DesignTimeCatalog()));
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0L, await PragmaAsync(db, "mmap_size"));
    }

    private static async Task<long> PragmaAsync(PortalDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
