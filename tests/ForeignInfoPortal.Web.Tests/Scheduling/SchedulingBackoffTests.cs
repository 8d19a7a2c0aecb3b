using System.Threading.Channels;
using ForeignInfoPortal.Scheduling;
using ForeignInfoPortal.Scheduling.Services;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Web.Tests.Scheduling;

/// <summary>
/// The background service's loop on its own, with a runner that fails on cue and a clock that shows every wait the
/// service asks for and releases it when the test says: back-off, one error per run of failures, and cancellation.
/// </summary>
public sealed class SchedulingBackoffTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task RepeatedFailures_BackOffExponentiallyToTheCap_LogOncePerStreak_ResetOnSuccess()
    {
        // Interval 30 s, cap 5 min: failures wait 60, 120, 240, 300, 300 s; a success 30 s; a new failure 60 s again.
        var outcomes = new[] { false, false, false, false, false, true, false, true };
        var runner = new ScriptedRunner(outcomes);
        var clock = new StepClock();
        var logger = new ListLogger();
        using var service = new SchedulingBackgroundService(runner, new SchedulingOptions { IntervalSeconds = 30, MaxRetryDelaySeconds = 300 }, clock, logger);

        await service.StartAsync(CancellationToken.None);
        var waits = new List<double>();
        for (var n = 0; n < outcomes.Length; n++)
        {
            var (due, release) = await clock.Waits.Reader.ReadAsync().AsTask().WaitAsync(Bound);
            waits.Add(due.TotalSeconds);
            release();
        }

        await clock.Waits.Reader.ReadAsync().AsTask().WaitAsync(Bound); // the ninth look is waiting: the script is done
        await service.StopAsync(CancellationToken.None);

        Assert.Equal([60, 120, 240, 300, 300, 30, 60, 30], waits);
        Assert.Equal(outcomes.Length + 1, runner.Calls);
        Assert.Equal(2, logger.Count(LogLevel.Error));
        Assert.Equal(2, logger.Count(LogLevel.Information));
    }

    [Fact]
    public async Task ACancellationNotFromTheHost_IsAFailure_TheServiceKeepsLooking()
    {
        var runner = new ScriptedRunner([], fail: () => new OperationCanceledException("A command timed out."));
        var clock = new StepClock();
        using var service = new SchedulingBackgroundService(runner, new SchedulingOptions { IntervalSeconds = 30 }, clock, new ListLogger());

        await service.StartAsync(CancellationToken.None);
        var (due, release) = await clock.Waits.Reader.ReadAsync().AsTask().WaitAsync(Bound);
        release();
        await clock.Waits.Reader.ReadAsync().AsTask().WaitAsync(Bound);

        Assert.Equal(TimeSpan.FromSeconds(60), due);
        Assert.Equal(2, runner.Calls);
        Assert.False(service.ExecuteTask!.IsCompleted);

        // The host stopping is the one cancellation that ends the loop, and it ends quietly.
        await service.StopAsync(CancellationToken.None);
        await service.ExecuteTask.ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(Bound);
        Assert.False(service.ExecuteTask.IsFaulted);
    }

    // Succeeds or fails as scripted, then succeeds; counts its calls.
    private sealed class ScriptedRunner(bool[] outcomes, Func<Exception>? fail = null) : IDueScheduleRunner
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<int> RunDueAsync(CancellationToken cancellationToken = default)
        {
            var call = Interlocked.Increment(ref _calls) - 1;
            var succeeds = call < outcomes.Length ? outcomes[call] : fail is null;
            return succeeds ? Task.FromResult(0) : Task.FromException<int>(fail?.Invoke() ?? new InvalidOperationException("The database is unreachable."));
        }
    }

    // A clock whose timers fire only when the test releases them; each wait the service starts is announced with its length.
    private sealed class StepClock : TimeProvider
    {
        public Channel<(TimeSpan Due, Action Release)> Waits { get; } = Channel.CreateUnbounded<(TimeSpan, Action)>();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new StepTimer(() => callback(state));
            Waits.Writer.TryWrite((dueTime, timer.Fire));
            return timer;
        }

        private sealed class StepTimer(Action fire) : ITimer
        {
            private int _done;

            public void Fire()
            {
                if (Interlocked.Exchange(ref _done, 1) == 0)
                {
                    fire();
                }
            }

            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose() => Interlocked.Exchange(ref _done, 1);

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }

    private sealed class ListLogger : ILogger<SchedulingBackgroundService>
    {
        private readonly List<LogLevel> _levels = [];

        public int Count(LogLevel level)
        {
            lock (_levels)
            {
                return _levels.Count(l => l == level);
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_levels)
            {
                _levels.Add(logLevel);
            }
        }
    }
}
