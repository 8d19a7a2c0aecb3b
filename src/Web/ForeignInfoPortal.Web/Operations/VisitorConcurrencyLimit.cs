using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using ForeignInfoPortal.Core.Web;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Web.Operations;

/// <summary><c>Portal:Overload</c>: how many visitors' requests a node works on at once, and how long one may wait for a turn.</summary>
internal sealed class OverloadOptions
{
    public const string Section = "Portal:Overload";

    /// <summary>Requests of visitors worked on at once; 0 (the default) is 8 per processor.</summary>
    public int MaxConcurrentRequests { get; set; }

    /// <summary>How long a request waits for a turn before it is answered 503; 0 answers at once when every turn is taken.</summary>
    public int QueueTimeoutSeconds { get; set; } = 5;

    /// <summary>The <c>Retry-After</c> of that answer.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    public int Limit => MaxConcurrentRequests > 0 ? MaxConcurrentRequests : 8 * Environment.ProcessorCount;
}

/// <summary>
/// Placed after the output cache, so only what has to be rendered waits here: a cached page never does. When more
/// visitors' requests arrive than the node can work on, the rest wait at most <see cref="OverloadOptions.QueueTimeoutSeconds"/>
/// and are then answered 503 with <c>Retry-After</c> (problem JSON <c>server_busy</c> on <c>/api</c>, a short page
/// elsewhere). Without it a burst queues on the thread pool and the database pool past every client's timeout: the node
/// keeps rendering pages for clients that have gone, and under steady load never catches up (the cold two-node soak,
/// 2026-11-24). Signed-in users and token clients (editors publishing) never wait here, nor do the health checks.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "A middleware lives as long as the application; its semaphore has no handle to free.")]
internal sealed class VisitorConcurrencyLimit
{
    public const string ErrorCode = "server_busy";

    public const string Message = "Hệ thống đang có quá nhiều lượt truy cập cùng lúc nên chưa xử lý được yêu cầu này. Vui lòng thử lại sau ít giây.";

    private const string EnglishMessage = "Too many visitors are using the portal at this moment, so this request could not be served. Please try again in a few seconds.";

    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);

    private readonly RequestDelegate _next;
    private readonly OverloadOptions _options;
    private readonly ILogger<VisitorConcurrencyLimit> _logger;
    private readonly SemaphoreSlim _turns;
    private readonly TimeSpan _wait;
    private long _refused;
    private long _lastLogged = long.MinValue;

    public VisitorConcurrencyLimit(RequestDelegate next, IOptions<OverloadOptions> options, ILogger<VisitorConcurrencyLimit> logger)
    {
        _next = next;
        _options = options.Value;
        _logger = logger;
        _turns = new SemaphoreSlim(_options.Limit, _options.Limit);
        _wait = TimeSpan.FromSeconds(_options.QueueTimeoutSeconds);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments(PortalHealth.PathPrefix))
        {
            await _next(context);
            return;
        }

        bool entered;
        try
        {
            entered = await _turns.WaitAsync(_wait, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The visitor left while waiting: nobody reads an answer, and no work was started.
            return;
        }

        if (!entered)
        {
            await RefuseAsync(context);
            return;
        }

        try
        {
            await _next(context);
        }
        finally
        {
            _turns.Release();
        }
    }

    private Task RefuseAsync(HttpContext context)
    {
        LogRefusal();
        return ServiceUnavailable.WriteAsync(context, ApiProblem.IsApiRequest(context.Request), _options.RetryAfterSeconds, ErrorCode, Message,
            EnglishMessage);
    }

    // One line every few seconds under overload, with the count, rather than one per refused request.
    private void LogRefusal()
    {
        var refused = Interlocked.Increment(ref _refused);
        var now = Stopwatch.GetTimestamp();
        var last = Interlocked.Read(ref _lastLogged);
        if ((last == long.MinValue || Stopwatch.GetElapsedTime(last, now) >= LogEvery) && Interlocked.CompareExchange(ref _lastLogged, now, last) == last)
        {
            _logger.LogWarning("Overloaded: {Refused} visitor request(s) refused with 503 so far ({Limit} worked on at once, {Wait} s wait)",
                refused, _options.Limit, _options.QueueTimeoutSeconds);
        }
    }
}
