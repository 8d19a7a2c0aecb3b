using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// Runs <see cref="ReviewMailer"/> when the node starts, whenever mail is queued here (<see cref="ReviewMailQueue.Wake"/>)
/// and every <see cref="SmtpOptions.PollSeconds"/> on the registered clock. Every node may run it: the mailer's claim
/// sends each mail once. Off when no SMTP server is configured or on a node with <c>SendFromThisNode</c> false.
/// </summary>
internal sealed partial class ReviewMailService(
    IServiceScopeFactory scopes, ReviewMailQueue queue, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<ReviewMailService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var smtp = options.Value;
        if (!smtp.Enabled || !smtp.SendFromThisNode)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(smtp.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be waiting: take them now rather than at the next look.
                int claimed;
                do
                {
                    claimed = await SendBatchAsync(stoppingToken);
                }
                while (claimed == ReviewMailer.BatchSize);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly unreachable; the mails wait in their rows for the next look.
                LogFailure(logger, exception);
            }

            await queue.WaitAsync(interval, clock, stoppingToken);
        }
    }

    private async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewMailer>().SendDueAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking at the review mail outbox failed; retrying at the next look.")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
