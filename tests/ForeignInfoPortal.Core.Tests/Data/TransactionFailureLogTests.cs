using System.Collections.Concurrent;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Core.Tests.Data;

/// <summary>
/// A transaction operation that fails is logged with its exception, and one cancelled with its request is not an
/// error: EF's own line (an error, without either) is what the soak's logs were full of.
/// </summary>
public sealed class TransactionFailureLogTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-txlog-" + Guid.NewGuid().ToString("N"));
    private readonly Log _log = new();
    private PortalDbContext _db = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(builder, new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "portal.db")}" },
            DataServiceCollectionExtensions.DesignTimeCatalog());
        builder.UseLoggerFactory(LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(_log)));
        _db = new PortalDbContext(builder.Options);
        // The core tables only (no module is loaded here), as the model says.
        await _db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        _log.Lines.Clear();
    }

    [Fact]
    public async Task A_save_cancelled_inside_a_transaction_is_rolled_back_and_logged_as_debug_not_error()
    {
        await using (var transaction = await _db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            _db.Settings.Add(new SettingsRecord { Key = "thu-huy", ModifiedUtc = DateTime.UtcNow });
            using var aborted = new CancellationTokenSource();
            await aborted.CancelAsync();

            // Inside a transaction EF first sets a savepoint; the request's token, already cancelled, stops it there.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _db.SaveChangesAsync(aborted.Token));
        }

        _db.ChangeTracker.Clear();
        Assert.False(await _db.Settings.AnyAsync(s => s.Key == "thu-huy", TestContext.Current.CancellationToken));
        Assert.Contains(_log.Lines, l => l.Level == LogLevel.Debug && l.Message.Contains("CreateSavepoint cancelled", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Lines, l => l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_transaction_operation_that_fails_is_an_error_naming_it_with_its_exception()
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<SqliteException>(() => transaction.RollbackToSavepointAsync("khong-co", TestContext.Current.CancellationToken));

        var error = Assert.Single(_log.Lines, l => l.Level >= LogLevel.Error);
        Assert.Equal(typeof(TransactionFailureLog).FullName, error.Category);
        Assert.Contains("RollbackToSavepoint failed", error.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(error.Exception);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed record Line(LogLevel Level, string Category, string Message, Exception? Exception);

    private sealed class Log : ILoggerProvider
    {
        public ConcurrentQueue<Line> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(Log log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Lines.Enqueue(new Line(logLevel, category, formatter(state, exception), exception));
        }
    }
}
