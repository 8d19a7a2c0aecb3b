using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace ForeignInfoPortal.Core.Data;

/// <summary>
/// The context a public page reads a published item through (ADR 0026). On PostgreSQL, outside a transaction, it is a
/// context of its own whose connections keep their statements prepared on the server: planning the item's statement was
/// close to half of the server's work for an uncached page. Those connections never write and never open a transaction
/// (<see cref="ReadOnlyGuard"/>), so the rolled-back transactions that corrupt Npgsql's automatic preparation
/// (npgsql/npgsql#6391) cannot happen on them. Inside a transaction, and on SQLite, it is the request's own context, which
/// sees the transaction's writes and does not open a second connection to a file that allows one writer. The read
/// contexts are pooled (ADR 0027): setting up a new one's services on every page was about 7 % of the machine's
/// processor time under a load of such pages.
/// </summary>
internal sealed class PublicReads(PortalDbContext db, PublicReadOptions options) : IAsyncDisposable, IDisposable
{
    private PortalDbContext? _reader;

    // Asking the request's context for its transaction sets up its EF services; a pooled context (ADR 0027) has them already.
    public PortalDbContext Context =>
        options.Pool is null || db.Database.CurrentTransaction is not null
            ? db
            : _reader ??= options.Pool.CreateDbContext();

    // Back to the pool.
    public void Dispose() => _reader?.Dispose();

    public ValueTask DisposeAsync() => _reader?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>
/// The options of <see cref="PublicReads"/>: the request context's own (its interceptors included, then
/// <see cref="ReadOnlyGuard"/>) on a connection string with automatic preparation and a pool of
/// <see cref="DatabaseOptions.PublicReadPoolSize"/>, and the pool of contexts built on them; or none where the request's
/// context serves (SQLite, or <see cref="DatabaseOptions.PreparePublicReads"/> off).
/// </summary>
internal sealed class PublicReadOptions
{
    // Enough for every statement the public reads send, with room: an evicted statement is only parsed again.
    private const int PreparedStatements = 20;

    public PublicReadOptions(DatabaseOptions database, DbContextOptions<PortalDbContext> context)
    {
        if (database.Provider != DatabaseProvider.PostgreSql || !database.PreparePublicReads)
        {
            return;
        }

        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        if (connection.MaxAutoPrepare == 0)
        {
            connection.MaxAutoPrepare = PreparedStatements;
        }

        connection.MaxPoolSize = Math.Min(connection.MaxPoolSize, Math.Max(1, database.PublicReadPoolSize));

        // A connection back in the pool is not reset: the reset was a statement of seven commands before every page's one
        // read, more of the server's time than the read itself (the statement log, ADR 0027). Nothing here leaves state
        // on a session to reset: the guard below lets only queries through, and EF's queries set nothing.
        connection.NoResetOnClose = true;

        Options = new DbContextOptionsBuilder<PortalDbContext>(context)
            .UseNpgsql(connection.ConnectionString)
            .AddInterceptors(ReadOnlyGuard.Instance)
            .Options;
        Pool = new PooledDbContextFactory<PortalDbContext>(Options);
    }

    public DbContextOptions<PortalDbContext>? Options { get; }

    public IDbContextFactory<PortalDbContext>? Pool { get; }
}

/// <summary>
/// Keeps the public read context read-only: a save, a transaction (begun or handed over) and a command EF sends as not a
/// query are refused before they reach the server, so no later change can open a transaction, and so roll one back, on
/// a connection with prepared statements. Raw SQL through the connection itself is not seen here; the context's one
/// use is <see cref="Content.IContentManager"/>'s read of a published item.
/// </summary>
internal sealed class ReadOnlyGuard : DbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static ReadOnlyGuard Instance { get; } = new();

    private ReadOnlyGuard()
    {
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) => throw Refused("a save");

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        throw Refused("a save");

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
        throw Refused("a transaction");

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) => throw Refused("a transaction");

    public DbTransaction TransactionUsed(DbConnection connection, TransactionEventData eventData, DbTransaction result) => throw Refused("a transaction");

    public ValueTask<DbTransaction> TransactionUsedAsync(DbConnection connection, TransactionEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default) => throw Refused("a transaction");

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        throw Refused("a command that is not a query");

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) => throw Refused("a command that is not a query");

    private static InvalidOperationException Refused(string what) =>
        new($"The public read context only reads: {what} belongs on the request's own context.");
}
