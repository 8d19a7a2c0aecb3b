using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Settings;

/// <summary>Reads and writes settings documents by key.</summary>
public interface ISettingsStore
{
    /// <summary>The stored settings, or a new <typeparamref name="T"/> when none are stored.</summary>
    Task<T> GetAsync<T>(string key, CancellationToken cancellationToken = default)
        where T : class, new();

    Task SaveAsync<T>(string key, T value, CancellationToken cancellationToken = default)
        where T : class;
}

internal sealed class SettingsStore(PortalDbContext db, TimeProvider clock) : ISettingsStore
{
    public async Task<T> GetAsync<T>(string key, CancellationToken cancellationToken = default)
        where T : class, new()
    {
        var record = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        return record is null ? new T() : JsonSerializer.Deserialize<T>(record.Value, ContentJson.Options) ?? new T();
    }

    public async Task SaveAsync<T>(string key, T value, CancellationToken cancellationToken = default)
        where T : class
    {
        var record = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (record is null)
        {
            record = new SettingsRecord { Key = key };
            db.Settings.Add(record);
        }

        record.Value = JsonSerializer.Serialize(value, ContentJson.Options);
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
