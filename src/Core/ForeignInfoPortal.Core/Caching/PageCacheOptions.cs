using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>How eviction reaches the other web nodes.</summary>
public enum PageCacheBus
{
    /// <summary>This node only: one node, or nodes that do not share a cache (the default on SQLite).</summary>
    Local = 0,

    /// <summary>PostgreSQL NOTIFY on a channel every node LISTENs to (the default on PostgreSQL).</summary>
    PostgreSql = 1,
}

/// <summary><c>Portal:OutputCache</c>.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Portal:OutputCache";

    /// <summary>Whether public pages are cached at all (on by default; off only to rule the cache out while diagnosing).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a page may stay cached. Changes evict their pages at once; this only bounds what a change made past
    /// the portal (by hand in the database) can leave behind.
    /// </summary>
    public int DurationMinutes { get; set; } = 60;

    /// <summary>How much memory the cached pages may take.</summary>
    public int SizeLimitMegabytes { get; set; } = 100;

    /// <summary>Null: PostgreSql when the database is PostgreSQL, else Local.</summary>
    public PageCacheBus? Bus { get; set; }

    /// <summary>The NOTIFY channel (several portals on one server keep theirs apart).</summary>
    public string Channel { get; set; } = "portal_page_cache";

    /// <summary>The longest wait between two attempts to listen again after the connection dropped.</summary>
    public int MaxReconnectSeconds { get; set; } = 30;

    /// <summary>
    /// Query keys a page is not varied by (a key ending in <c>*</c> is a prefix): the tracking keys shared links
    /// carry. Null (not configured): <see cref="Caching.IgnoredQueryKeys.Tracking"/>; a configured list replaces it.
    /// </summary>
    public string[]? IgnoredQueryKeys { get; set; }

    public static PageCacheOptions Read(IConfiguration configuration)
    {
        var options = new PageCacheOptions();
        configuration.GetSection(Section).Bind(options);
        options.IgnoredQueryKeys ??= [.. Caching.IgnoredQueryKeys.Tracking];
        return options;
    }
}
