using System.Collections.Concurrent;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Media.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Media.Services;

/// <summary>What pages and the image route need to know about a picture, kept in memory.</summary>
internal sealed record MediaSummary(Guid Id, Guid FileId, int Revision, int Width, int Height, string Name, string? Alt, FileKind Kind);

/// <summary>
/// A process-wide memory of library pictures (a few hundred bytes each), so picture markup and the image route do
/// not query the database for every picture. The library forgets an entry whenever it changes the picture.
/// </summary>
internal sealed class MediaCatalog(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<Guid, MediaSummary?> _known = new();

    /// <summary>The picture, or null when the library has none with that id.</summary>
    public MediaSummary? Find(Guid id) => _known.GetOrAdd(id, Load);

    public void Forget(Guid id) => _known.TryRemove(id, out _);

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
