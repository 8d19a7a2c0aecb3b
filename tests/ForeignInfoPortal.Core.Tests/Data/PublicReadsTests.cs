using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace ForeignInfoPortal.Core.Tests.Data;

/// <summary>
/// The public read context (ADR 0026): where it is a context of its own, what its connection string says, that it is
/// the request's context while a transaction is open there, and that it refuses every write before the database sees it.
/// </summary>
public sealed class PublicReadsTests : IDisposable
{
    private const string Server = "Host=db.example;Port=5432;Username=portal;Password=secret;Database=portal;Maximum Pool Size=40";

    private static readonly ModuleCatalog Catalog = DataServiceCollectionExtensions.DesignTimeCatalog();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-public-reads-" + Guid.NewGuid().ToString("N"));

    public PublicReadsTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void On_PostgreSQL_public_reads_prepare_their_statements_on_the_same_server()
    {
        var connection = ConnectionOf(PostgresReads(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server }));

        Assert.Equal(20, connection.MaxAutoPrepare);
        Assert.Equal("db.example", connection.Host);
        Assert.Equal("portal", connection.Database);
        Assert.Equal(10, connection.MaxPoolSize); // a pool of its own, smaller than the requests'
    }

    [Fact]
    public void The_read_pool_never_exceeds_the_connection_string_s()
    {
        var connection = ConnectionOf(PostgresReads(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server, PublicReadPoolSize = 64 }));
        Assert.Equal(40, connection.MaxPoolSize);
    }

    [Fact]
    public void On_PostgreSQL_the_read_context_is_guarded()
    {
        var reads = PostgresReads(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server });
        Assert.Single(reads.Options!.FindExtension<CoreOptionsExtension>()!.Interceptors!, i => ReferenceEquals(i, ReadOnlyGuard.Instance));

        // Refused before a connection is tried: the server named here does not exist.
        using var reader = new PortalDbContext(reads.Options);
        reader.Units.Add(new OrganizationUnit { Code = "phuong-thu", Name = "Phường Thử", Kind = OrganizationUnitKind.Ward });
        Assert.Contains("a save", Assert.Throws<InvalidOperationException>(() => reader.SaveChanges()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operator_s_own_preparation_limit_is_kept()
    {
        var connection = ConnectionOf(PostgresReads(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server + ";Max Auto Prepare=50" }));
        Assert.Equal(50, connection.MaxAutoPrepare);
    }

    [Fact]
    public void SQLite_and_a_switched_off_setting_read_through_the_request_s_context()
    {
        Assert.Null(new PublicReadOptions(SqliteOptions(), DataServiceCollectionExtensions.BuildOptions(SqliteOptions(), Catalog)).Options);
        Assert.Null(PostgresReads(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server, PreparePublicReads = false }).Options);
    }

    [Fact]
    public async Task While_a_transaction_is_open_the_reads_use_the_request_s_context()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = await CreatedDatabaseAsync();
        var postgres = PostgresReads(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server });
        await using var reads = new PublicReads(db, postgres);

        var outside = reads.Context;
        Assert.NotSame(db, outside);
        Assert.Same(outside, reads.Context); // one per request

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            Assert.Same(db, reads.Context);
            await transaction.CommitAsync(cancellation);
        }

        Assert.Same(outside, reads.Context);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            Assert.Same(db, reads.Context);
            await transaction.RollbackAsync(cancellation);
        }

        Assert.Same(outside, reads.Context);
    }

    [Fact]
    public async Task A_request_s_read_context_goes_back_to_the_pool_for_the_next_request()
    {
        await using var db = await CreatedDatabaseAsync();
        var postgres = PostgresReads(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server });
        PortalDbContext first;
        await using (var reads = new PublicReads(db, postgres))
        {
            first = reads.Context;
        }

        await using (var reads = new PublicReads(db, postgres))
        {
            Assert.Same(first, reads.Context);
            // Still the guarded read context.
            reads.Context.Units.Add(new OrganizationUnit { Code = "phuong-thu", Name = "Phường Thử", Kind = OrganizationUnitKind.Ward });
            Assert.Throws<InvalidOperationException>(() => reads.Context.SaveChanges());
        }
    }

    [Fact]
    public async Task The_read_context_refuses_saves_transactions_and_commands_before_they_reach_the_database()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var created = await CreatedDatabaseAsync())
        {
        }

        var guarded = new DbContextOptionsBuilder<PortalDbContext>(DataServiceCollectionExtensions.BuildOptions(SqliteOptions(), Catalog))
            .AddInterceptors(ReadOnlyGuard.Instance).Options;
        await using (var reader = new PortalDbContext(guarded))
        {
            reader.Units.Add(new OrganizationUnit { Code = "phuong-thu", Name = "Phường Thử", Kind = OrganizationUnitKind.Ward });
            Assert.Contains("a save", (await Assert.ThrowsAsync<InvalidOperationException>(() => reader.SaveChangesAsync(cancellation))).Message, StringComparison.Ordinal);
            Assert.Throws<InvalidOperationException>(() => reader.SaveChanges());
            await Assert.ThrowsAsync<InvalidOperationException>(() => reader.Database.BeginTransactionAsync(cancellation));
            await Assert.ThrowsAsync<InvalidOperationException>(() => reader.Database.ExecuteSqlRawAsync("DELETE FROM \"Units\"", cancellation));
            Assert.Empty(await reader.Units.AsNoTracking().ToListAsync(cancellation)); // reading still works
        }

        await using var check = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(SqliteOptions(), Catalog));
        Assert.Equal(0, await check.Units.CountAsync(cancellation));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private DatabaseOptions SqliteOptions() => new() { ConnectionString = $"Data Source={Path.Combine(_folder, "portal.db")}" };

    private async Task<PortalDbContext> CreatedDatabaseAsync()
    {
        var db = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(SqliteOptions(), Catalog));
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return db;
    }

    private static PublicReadOptions PostgresReads(DatabaseOptions options) =>
        new(options, DataServiceCollectionExtensions.BuildOptions(options, Catalog));

    private static NpgsqlConnectionStringBuilder ConnectionOf(PublicReadOptions reads)
    {
        Assert.NotNull(reads.Options);
        using var db = new PortalDbContext(reads.Options);
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
    }
}
