using System.Text.Json;
using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Broadcasts.Services;

/// <summary>Reads and writes <see cref="BroadcastsSettings"/> in Core's settings store.</summary>
internal sealed class BroadcastSettingsService(ISettingsStore store, PortalDbContext db)
{
    public Task<BroadcastsSettings> GetAsync(CancellationToken cancellationToken = default) =>
        store.GetAsync<BroadcastsSettings>(BroadcastsSettings.Key, cancellationToken);

    public Task SaveAsync(BroadcastsSettings settings, CancellationToken cancellationToken = default) =>
        store.SaveAsync(BroadcastsSettings.Key, settings, cancellationToken);

    /// <summary>
    /// Whether the list has this code (ignoring case). Synchronous because data-annotation validation is;
    /// it reads one small settings row.
    /// </summary>
    public bool ChannelExists(string code)
    {
        var json = db.Settings.AsNoTracking().Where(s => s.Key == BroadcastsSettings.Key).Select(s => s.Value).FirstOrDefault();
        var settings = json is null ? null : JsonSerializer.Deserialize<BroadcastsSettings>(json, ContentJson.Options);
        return settings?.Channels.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) == true;
    }
}
