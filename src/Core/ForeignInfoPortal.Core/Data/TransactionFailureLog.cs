using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Core.Data;

/// <summary>
/// Logs a failed transaction operation with what EF Core's own line leaves out. EF logs every such failure (event
/// 20205) at Error as "An error occurred using a transaction", without the exception or the operation, and it does so
/// too when the operation was only cancelled: a visitor or editor whose connection drops in the middle of a save (the
/// two-node soak saw a handful per node each run, every one a savepoint cancelled with its request). The change is
/// rolled back either way and the exception goes on to the caller. Here a cancellation is a debug line, and a real
/// failure an error that names the operation and carries the exception; EF's own line is lowered to debug
/// (<see cref="DataServiceCollectionExtensions.Configure"/>).
/// </summary>
internal sealed class TransactionFailureLog : DbTransactionInterceptor
{
    public static TransactionFailureLog Instance { get; } = new();

    private TransactionFailureLog()
    {
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Log(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Log(eventData);
        return Task.CompletedTask;
    }

    private static void Log(TransactionErrorEventData eventData)
    {
        var logger = eventData.Context?.GetService<ILoggerFactory>().CreateLogger<TransactionFailureLog>();
        if (logger is null)
        {
            return;
        }

        if (eventData.Exception is OperationCanceledException)
        {
            logger.LogDebug("Transaction {Action} cancelled with its request; the change is rolled back", eventData.Action);
        }
        else
        {
            logger.LogError(eventData.Exception, "Transaction {Action} failed; the change is rolled back", eventData.Action);
        }
    }
}
