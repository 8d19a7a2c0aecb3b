namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// Every change to content goes through here: each call is one transaction that writes the version and
/// the status and raises the matching event, so nothing that listens to content can drift from it.
/// Calls that change an existing item take the <see cref="ContentItem.Revision"/> the caller saw.
/// </summary>
public interface IContentManager
{
    /// <summary>Creates an item with its first version, as a draft.</summary>
    Task<ContentItem> CreateAsync(string contentType, ContentInput input, string? userId, CancellationToken cancellationToken = default);

    /// <summary>Saves a new version as a draft; a published item keeps its public version until the draft is published.</summary>
    Task<ContentItem> SaveDraftAsync(int id, int expectedRevision, ContentInput input, string? userId, CancellationToken cancellationToken = default);

    /// <summary>Makes the latest version public.</summary>
    Task<ContentItem> PublishAsync(int id, int expectedRevision, string? userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the latest version public with the given publication date (null keeps the version's date or takes
    /// the current time). Whether the caller may choose the date is the caller's check
    /// (<see cref="ContentPermissions.SetPublicationDate"/>).
    /// </summary>
    Task<ContentItem> PublishAsync(int id, int expectedRevision, DateTime? publishedUtc, string? userId, CancellationToken cancellationToken = default);

    /// <summary>Takes the item down; it becomes a draft for editors again.</summary>
    Task<ContentItem> UnpublishAsync(int id, int expectedRevision, string? userId, CancellationToken cancellationToken = default);

    /// <summary>Moves the item to the bin (soft delete): hidden from the public and lists, restorable.</summary>
    Task<ContentItem> DeleteAsync(int id, int expectedRevision, string? userId, CancellationToken cancellationToken = default);

    /// <summary>Brings an item back from the bin in the status it had.</summary>
    Task<ContentItem> RestoreAsync(int id, int expectedRevision, string? userId, CancellationToken cancellationToken = default);

    /// <summary>The item with its versions, newest first, or null; read-only (change it through this manager).</summary>
    Task<ContentItem?> GetAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The public version with this slug, with its <see cref="ContentVersion.ContentItem"/>, or null when there is none
    /// (drafts and deleted items are never returned).
    /// </summary>
    Task<ContentVersion?> GetPublishedAsync(string contentType, string culture, string slug, CancellationToken cancellationToken = default);

    /// <summary>The public versions of a type, for lists; compose filters, order and paging on it.</summary>
    IQueryable<ContentVersion> QueryPublished(string contentType, string culture);

    /// <summary>The public versions of one localization set (an item and its translations), in every culture.</summary>
    IQueryable<ContentVersion> QueryPublishedTranslations(string contentType, string localizationSet);
}
