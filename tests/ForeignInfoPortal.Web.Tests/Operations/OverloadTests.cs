using System.Security.Claims;
using System.Text.Json;
using ForeignInfoPortal.Web.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>
/// The visitors' concurrency limit behind the output cache: past its turns a visitor waits a bounded time and is then
/// answered 503 with Retry-After (problem JSON on /api, a page elsewhere); editors and the health checks never wait.
/// </summary>
public sealed class OverloadTests
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _served;

    [Fact]
    public async Task AVisitorPastTheLimit_Gets503WithRetryAfter_AndAPageInTheRequestsCulture()
    {
        var limit = NewLimit(turns: 1, waitSeconds: 0);
        var busy = limit.InvokeAsync(Visitor("/tin-tuc/a"));

        var refused = Visitor("/tin-tuc/b");
        await limit.InvokeAsync(refused);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, refused.Response.StatusCode);
        Assert.Equal("5", refused.Response.Headers.RetryAfter.ToString());
        Assert.Equal("no-store", refused.Response.Headers.CacheControl.ToString());
        Assert.StartsWith("text/html", refused.Response.ContentType, StringComparison.Ordinal);
        var page = Body(refused);
        Assert.Contains("<html lang=\"vi\">", page, StringComparison.Ordinal);
        Assert.Contains(VisitorConcurrencyLimit.Message, page, StringComparison.Ordinal);
        Assert.Equal(0, _served);

        // The first request was never disturbed: it ends when its work does, and the turn is free again.
        _release.SetResult();
        await busy;
        var next = Visitor("/tin-tuc/c");
        await limit.InvokeAsync(next);
        Assert.Equal(StatusCodes.Status200OK, next.Response.StatusCode);
        Assert.Equal(2, _served);
    }

    [Fact]
    public async Task AnApiVisitorPastTheLimit_GetsProblemJsonServerBusy()
    {
        var limit = NewLimit(turns: 1, waitSeconds: 0);
        var busy = limit.InvokeAsync(Visitor("/api/content/news"));

        var refused = Visitor("/api/search");
        await limit.InvokeAsync(refused);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, refused.Response.StatusCode);
        Assert.Equal("5", refused.Response.Headers.RetryAfter.ToString());
        Assert.Equal("application/problem+json", refused.Response.ContentType);
        var problem = JsonDocument.Parse(Body(refused)).RootElement;
        Assert.Equal("server_busy", problem.GetProperty("errorCode").GetString());
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        _release.SetResult();
        await busy;
    }

    [Fact]
    public async Task AWaitingVisitor_GetsTheTurnTheFirstRequestFrees()
    {
        var limit = NewLimit(turns: 1, waitSeconds: 30);
        var busy = limit.InvokeAsync(Visitor("/"));
        var waiting = Visitor("/en");
        var waited = limit.InvokeAsync(waiting);
        Assert.False(waited.IsCompleted);

        _release.SetResult();
        await Task.WhenAll(busy, waited);
        Assert.Equal(StatusCodes.Status200OK, waiting.Response.StatusCode);
        Assert.Equal(2, _served);
    }

    [Fact]
    public async Task SignedInUsersAndHealthChecks_NeverWait()
    {
        var limit = NewLimit(turns: 1, waitSeconds: 0);
        var busy = limit.InvokeAsync(Visitor("/"));

        var editor = Visitor("/api/content/news");
        editor.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor")], "Bearer"));
        var health = Visitor("/health/ready");
        var both = Task.WhenAll(limit.InvokeAsync(editor), limit.InvokeAsync(health));
        Assert.False(both.IsCompleted); // both are at work beside the visitor, not refused

        _release.SetResult();
        await Task.WhenAll(busy, both);
        Assert.Equal(StatusCodes.Status200OK, editor.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, health.Response.StatusCode);
        Assert.Equal(3, _served);
    }

    [Fact]
    public async Task AVisitorWhoLeavesWhileWaiting_IsNotServedLater()
    {
        var limit = NewLimit(turns: 1, waitSeconds: 30);
        var busy = limit.InvokeAsync(Visitor("/"));
        using var left = new CancellationTokenSource();
        var leaving = Visitor("/tin-tuc");
        leaving.RequestAborted = left.Token;
        var waited = limit.InvokeAsync(leaving);

        await left.CancelAsync();
        await waited;
        _release.SetResult();
        await busy;
        Assert.Equal(1, _served);
    }

    private VisitorConcurrencyLimit NewLimit(int turns, int waitSeconds) => new(
        async context =>
        {
            await _release.Task;
            Interlocked.Increment(ref _served);
            context.Response.StatusCode = StatusCodes.Status200OK;
        },
        Options.Create(new OverloadOptions { MaxConcurrentRequests = turns, QueueTimeoutSeconds = waitSeconds }),
        NullLogger<VisitorConcurrencyLimit>.Instance);

    private static DefaultHttpContext Visitor(string path)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static string Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }
}
