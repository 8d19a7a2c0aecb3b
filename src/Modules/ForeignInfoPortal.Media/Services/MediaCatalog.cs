using System.Collections.Concurrent;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Media.Services;

/// <summary>What pages and the image route need to know about a picture, kept in memory.</summary>
internal sealed record MediaSummary(Guid Id, Guid FileId, int Revision, int Width, int Height, string Name, string? Alt, FileKind Kind);

/// <summary>
/// A process-wide memory of library pictures (a few hundred bytes each), so picture markup and the image route do
/// not query the database for every picture. Bounded (<see cref="Capacity"/> entries, each kept
/// <see cref="Lifetime"/>), so another node's replacement shows within that time; misses are not kept, so random
/// ids in <c>/anh/{id}</c> cost a query each but no memory. The library forgets an entry whenever it changes the picture.
/// </summary>
internal sealed class MediaCatalog(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>How long a visitor-visibility answer is reused: an unpublished item's pictures disappear within this.</summary>
    public static readonly TimeSpan PublicFor = TimeSpan.FromSeconds(30);

    public const int Capacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _known = new(new MemoryCacheOptions { SizeLimit = Capacity });

    // Only pictures the library has get an entry here (the route asks after Find), so random ids add nothing.
    private readonly ConcurrentDictionary<Guid, (bool Public, DateTimeOffset Until)> _public = new();

    /// <summary>The picture, or null when the library has none with that id.</summary>
    public MediaSummary? Find(Guid id) => _known.TryGetValue(id, out MediaSummary? known) ? known : Refresh(id);

    /// <summary>Reads the picture from the library again (its cached entry may name a file that is gone).</summary>
    public MediaSummary? Refresh(Guid id)
    {
        var loaded = Load(id);
        if (loaded is null)
        {
            _known.Remove(id);
        }
        else
        {
            _known.Set(id, loaded, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return loaded;
    }

    public void Forget(Guid id)
    {
        _known.Remove(id);
        _public.TryRemove(id, out _);
    }

    /// <summary>
    /// True when a published, non-deleted item uses the picture (what visitors may see). The answer is one indexed
    /// query, reused for <see cref="PublicFor"/>, so a cached derivative is served without touching the database.
    /// </summary>
    public async Task<bool> IsPublicAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_public.TryGetValue(id, out var known) && known.Until > now)
        {
            return known.Public;
        }

        await using var scope = scopes.CreateAsyncScope();
        var text = id.ToString("N");
        var isPublic = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentVersions.AsNoTracking()
            .WherePublic().SelectMany(v => v.Index)
            .AnyAsync(i => i.Name == ContentMediaIndex.Name && i.Text == text, cancellationToken);
        _public[id] = (isPublic, now + PublicFor);
        return isPublic;
    }

    public void Dispose() => _known.Dispose();

    private MediaSummary? Load(Guid id)
    {
        // Synchronous: picture markup is written from synchronous view helpers, and this runs once per picture.
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<MediaItem>().AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new MediaSummary(i.Id, i.FileId, i.Revision, i.Width, i.Height, i.Name, i.Alt, i.Kind))
            .FirstOrDefault();
    }
}
