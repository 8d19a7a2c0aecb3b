using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Documents.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>Reads <see cref="DocumentsSettings"/>: through <see cref="ISettingsStore"/> where it can be awaited, directly where validation cannot wait.</summary>
internal static class DocumentsSettingsReader
{
    public static Task<DocumentsSettings> ReadAsync(ISettingsStore store, CancellationToken cancellationToken) =>
        store.GetAsync<DocumentsSettings>(DocumentsSettings.Key, cancellationToken);

    /// <summary>
    /// The same document as <see cref="ISettingsStore.GetAsync{T}"/> reads, synchronously: data-annotation
    /// validation has no asynchronous form.
    /// </summary>
    public static DocumentsSettings Read(PortalDbContext db)
    {
        var value = db.Settings.AsNoTracking().Where(s => s.Key == DocumentsSettings.Key).Select(s => s.Value).FirstOrDefault();
        return value is null ? new DocumentsSettings() : JsonSerializer.Deserialize<DocumentsSettings>(value, ContentJson.Options) ?? new DocumentsSettings();
    }
}
