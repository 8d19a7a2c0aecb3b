using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;

namespace ForeignInfoPortal.Core.Tests.Infrastructure;

/// <summary>What the recording handler saw, and a switch that makes it fail.</summary>
public sealed class EventLog
{
    public List<string> Entries { get; } = [];

    /// <summary>When set, the handler throws on this event after writing its row.</summary>
    public string? FailOn { get; set; }
}

/// <summary>
/// Writes a settings row for every event (to prove its writes share the change's transaction) and
/// records what it saw.
/// </summary>
internal sealed class RecordingHandler(PortalDbContext db, EventLog log) : IContentHandler
{
    public Task CreatedAsync(ContentEventContext context) => RecordAsync("Created", context);

    public Task DraftSavedAsync(ContentEventContext context) => RecordAsync("DraftSaved", context);

    public Task PublishedAsync(ContentEventContext context) => RecordAsync("Published", context);

    public Task UnpublishedAsync(ContentEventContext context) => RecordAsync("Unpublished", context);

    public Task RemovedAsync(ContentEventContext context) => RecordAsync("Removed", context);

    public Task RestoredAsync(ContentEventContext context) => RecordAsync("Restored", context);

    private Task RecordAsync(string name, ContentEventContext context)
    {
        var inTransaction = db.Database.CurrentTransaction is not null;
        log.Entries.Add($"{name}:{context.Item.Id}:v{context.Version.Number}:prev{context.Previous?.Number}:tx={inTransaction}");
        db.Settings.Add(new SettingsRecord { Key = $"event-{name}-{context.Item.Id}-{context.Item.Revision}", Value = "{}" });
        if (log.FailOn == name)
        {
            throw new InvalidOperationException($"Handler failed on {name}.");
        }

        return Task.CompletedTask;
    }
}
