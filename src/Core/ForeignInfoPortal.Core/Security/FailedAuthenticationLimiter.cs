using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Core.Security;

/// <summary><c>Portal:RateLimits:FailedAuthentications</c>: how many failed authentications a client address may make in a window.</summary>
public sealed class FailedAuthenticationLimitOptions
{
    public const string Section = "Portal:RateLimits:FailedAuthentications";

    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>What failed: each kind is counted on its own, so a misconfigured script does not lock staff out of the sign-in form.</summary>
public enum FailedAuthenticationKind
{
    BearerToken,
    SignInForm,
}

/// <summary>
/// Counts failed authentications per client address in a fixed window; once a client has used up the limit,
/// its further attempts are refused without checking the credential until the window ends.
/// </summary>
public interface IFailedAuthenticationLimiter
{
    /// <summary>
    /// True when the client has no attempts left; <paramref name="retryAfterSeconds"/> is the time until the window
    /// ends in whole seconds, rounded up and at least 1, as a Retry-After header wants it.
    /// </summary>
    bool IsBlocked(FailedAuthenticationKind kind, IPAddress? client, out int retryAfterSeconds);

    void RecordFailure(FailedAuthenticationKind kind, IPAddress? client);
}

/// <summary>
/// In memory, per process: enough for one host; the counts start again after a restart, which only ever favours
/// the client. IPv6 clients are counted per /64, the block one subscriber usually holds.
/// </summary>
internal sealed class FailedAuthenticationLimiter(IOptions<FailedAuthenticationLimitOptions> options, TimeProvider clock) : IFailedAuthenticationLimiter
{
    // Past this many tracked clients, finished windows are swept out on the next failure.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<(FailedAuthenticationKind, string), Window> _windows = new();

    private TimeSpan WindowLength => TimeSpan.FromSeconds(options.Value.WindowSeconds);

    public bool IsBlocked(FailedAuthenticationKind kind, IPAddress? client, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (!_windows.TryGetValue((kind, KeyOf(client)), out var window))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        lock (window)
        {
            var end = window.Start + WindowLength;
            if (now >= end || window.Failures < options.Value.PermitLimit)
            {
                return false;
            }

            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((end - now).TotalSeconds));
            return true;
        }
    }

    public void RecordFailure(FailedAuthenticationKind kind, IPAddress? client)
    {
        var now = clock.GetUtcNow();
        if (_windows.Count > SweepThreshold)
        {
            Sweep(now);
        }

        var window = _windows.GetOrAdd((kind, KeyOf(client)), _ => new Window { Start = now });
        lock (window)
        {
            if (now >= window.Start + WindowLength)
            {
                window.Start = now;
                window.Failures = 0;
            }

            window.Failures++;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
        {
            if (now >= window.Start + WindowLength)
            {
                _windows.TryRemove(key, out _);
            }
        }
    }

    private static string KeyOf(IPAddress? client)
    {
        if (client is null)
        {
            return "";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; }

        public int Failures { get; set; }
    }
}
