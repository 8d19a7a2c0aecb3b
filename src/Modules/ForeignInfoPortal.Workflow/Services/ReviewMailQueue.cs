namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// What the notifications need to know of the mail sender: whether mail is on (an SMTP server is configured), and a
/// way to wake this node's sender when mail has been queued, so it goes within moments rather than at the next poll.
/// The wake is only a hint: one that is missed (another node queued the mail, the process restarted) costs one poll.
/// </summary>
public sealed class ReviewMailQueue : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    // Built by the module from SmtpOptions (which stays internal), so no public constructor.
    internal ReviewMailQueue(bool enabled) => Enabled = enabled;

    /// <summary>True when an SMTP server is configured: notifications then queue their mail.</summary>
    public bool Enabled { get; }

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; once is enough.
        }
    }

    public void Dispose() => _wake.Dispose();

    /// <summary>Returns when woken or when <paramref name="interval"/> has passed on <paramref name="clock"/>.</summary>
    internal async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(_wake.WaitAsync(done.Token), Task.Delay(interval, clock, done.Token));
        await done.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
