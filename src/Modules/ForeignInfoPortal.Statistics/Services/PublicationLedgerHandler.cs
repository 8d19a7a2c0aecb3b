using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Statistics.Models;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>
/// Keeps the ledger and the counters in the transaction of every content change. ContentManager has already
/// changed the tracked item and versions when the events run, so "before" is rebuilt from what each change
/// is known to have changed (see the README's "Counting rules"), never re-read from the changed objects' flags.
/// </summary>
internal sealed class PublicationLedgerHandler(LedgerWriter ledger) : IContentHandler
{
    // Publish: the item was not deleted (refused otherwise) and counted under the version that was public,
    // if any; now it counts under the version just published.
    public Task PublishedAsync(ContentEventContext context) =>
        ledger.RecordAsync(context, PublishAction, Counted(context.Previous), Counting.Counted(context.Item, context.Version));

    // Unpublish: the item was not deleted and counted under the version that was public (whose IsPublished
    // flag the manager has just cleared); now it counts nowhere.
    public Task UnpublishedAsync(ContentEventContext context) =>
        ledger.RecordAsync(context, _ => "Unpublished", Counted(context.Previous), null);

    // Delete changes only IsDeleted: before, the item counted as it does with the flag cleared.
    public Task RemovedAsync(ContentEventContext context) =>
        ledger.RecordAsync(context, _ => "Removed", WasCounting(context), null);

    // Restore changes only IsDeleted: before, an item in the bin counts nowhere.
    public Task RestoredAsync(ContentEventContext context) =>
        ledger.RecordAsync(context, _ => "Restored", null, Counting.Counted(context.Item, context.Previous));

    private static CountKey? Counted(ContentVersion? wasPublic) => wasPublic is null ? null : Counting.KeyOf(wasPublic);

    private static CountKey? WasCounting(ContentEventContext context) =>
        context.Item.Status == ContentStatus.Published && context.Previous is not null ? Counting.KeyOf(context.Previous) : null;

    private static string PublishAction(LedgerTransition transition) => transition switch
    {
        { Before: null, EverCounted: false } => "Published",
        { Before: null } => "Republished",
        _ => "Moved",
    };
}
