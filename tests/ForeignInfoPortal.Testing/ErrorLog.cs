using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// A logger provider that keeps what a host logs at Error and above (category, message and exception), for tests that
/// check what an operator would see: registered as a service, it also hears what the host logs while it starts.
/// </summary>
public sealed class ErrorLog : ILoggerProvider
{
    public ConcurrentQueue<LoggedError> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Errors.Enqueue(new LoggedError(category, formatter(state, exception), exception));
            }
        }
    }
}

/// <summary>One line at Error or above, as <see cref="ErrorLog"/> heard it.</summary>
public sealed record LoggedError(string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Category}: {Message}{(Exception is null ? "" : $" ({Exception.GetType().Name}: {Exception.Message})")}";
}
