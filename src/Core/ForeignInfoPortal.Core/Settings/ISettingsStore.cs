using System.Security.Claims;
using System.Text;
using System.Text.Json;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Http;
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

/// <summary>
/// Settings documents by key. Every save that changes something is written to the audit trail in the same
/// <c>SaveChanges</c> (one place for every module's settings): the key and, field by field, what changed.
/// Each key is read from the database once per scope: a public page reads the site settings in its layout and again
/// in its head, and a request is one scope. With the page cache on, the stored JSON is also kept across requests in
/// the page cache's store, tagged <c>portal</c>: a settings save evicts that tag when it commits, on every node, and a
/// read that overlapped the eviction is not kept (ADR 0020) — so every uncached page stops asking the database for
/// the site's settings and menus, and none shows settings older than the last save.
/// </summary>
internal sealed class SettingsStore(PortalDbContext db, TimeProvider clock, IAuditLog audit, IHttpContextAccessor http,
    PageDataCache? shared = null) : ISettingsStore
{
    private const string SharedKeyPrefix = "settings:";

    // The stored JSON (null: none stored), deserialised on every read so that no caller can change another's copy.
    private readonly Dictionary<string, string?> _read = new(StringComparer.Ordinal);

    // Keys saved in this scope: until the save commits, only this scope's connection sees the new value.
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, CancellationToken cancellationToken = default)
        where T : class, new()
    {
        if (!_read.TryGetValue(key, out var value))
        {
            value = await ReadAsync(key, cancellationToken);
            _read[key] = value;
        }

        return value is null ? new T() : JsonSerializer.Deserialize<T>(value, ContentJson.Options) ?? new T();
    }

    public async Task SaveAsync<T>(string key, T value, CancellationToken cancellationToken = default)
        where T : class
    {
        // Forgotten before the write: whether it commits or fails, the next read asks the database.
        _read.Remove(key);
        _written.Add(key);
        var record = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        var type = value.GetType();
        var before = record is null ? null : JsonSerializer.Deserialize(record.Value, type, ContentJson.Options);
        if (record is null)
        {
            record = new SettingsRecord { Key = key };
            db.Settings.Add(record);
        }

        record.Value = JsonSerializer.Serialize(value, type, ContentJson.Options);
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        var changes = FieldValues.Compare(type, before, value).Where(c => c.Changed).ToList();
        if (changes.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        // The log's save writes the settings too, so both commit or neither does.
        var user = http.HttpContext?.User;
        await audit.RecordAsync(new AuditRecord(AuditActions.SettingsChange,
            user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.Identity?.Name,
            AuditSubjects.Settings, key, key, FieldDiff.ToJson(changes)), cancellationToken);
    }

    private async Task<string?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (shared is null || _written.Contains(key))
        {
            return await ReadStoredAsync(key, cancellationToken);
        }

        // None stored is kept as no bytes; a stored document is never empty JSON. A settings save evicts
        // PageCacheTags.All, which every kept value carries.
        var kept = await shared.GetOrReadAsync(SharedKeyPrefix + key,
            async _ => await ReadStoredAsync(key, cancellationToken) is { } value ? Encoding.UTF8.GetBytes(value) : [], cancellationToken);
        return kept.Length == 0 ? null : Encoding.UTF8.GetString(kept);
    }

    private Task<string?> ReadStoredAsync(string key, CancellationToken cancellationToken) =>
        db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
}
