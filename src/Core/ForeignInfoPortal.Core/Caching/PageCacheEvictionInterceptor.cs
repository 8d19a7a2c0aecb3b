using System.Data.Common;
using ForeignInfoPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// Where the unit of work tells the evictions about saves and commits. Content changes are the content handler's
/// (<see cref="PageCacheContentHandler"/>, which knows a published change from a draft); any other saved entity evicts
/// every page unless it is one no public page shows — so a table added later is safe by default.
/// </summary>
internal sealed class PageCacheEvictionInterceptor(PageCacheEvictions evictions) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Entities no public page shows, or that change only with content events (which evict for them). Module entities
    // are named, since Core does not reference modules.
    private static readonly HashSet<string> NotShown = new(StringComparer.Ordinal)
    {
        nameof(ContentItem), nameof(ContentVersion), nameof(ContentIndexEntry),
        "AuditEntry", "ApiToken", "UserUnit", "DataProtectionKey", "StoredFile", "PortalUser",
        "IdentityRole", "IdentityUserClaim`1", "IdentityUserRole`1", "IdentityUserLogin`1", "IdentityUserToken`1", "IdentityRoleClaim`1",
        "PublicationLedgerEntry", "DailyCounter", "MonthCounter", "MonthTypeCounter", "IssuedReport", "Activity",
        "SearchDocument", "SearchTerm", "SearchText",
        "ContentReview", "Notification", "ScheduledAction", "MediaFolder",
    };

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && ChangesShownEverywhere(db.ChangeTracker))
        {
            await evictions.AddAsync(db, [PageCacheTags.All], cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    // A save outside any transaction has committed when it returns; one inside waits for its transaction.
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await OutsideTransactionAsync(eventData.Context);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        OutsideTransactionAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    // A failed save outside a transaction may still have written part: evicting too much is harmless.
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        OutsideTransactionAsync(eventData.Context);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        OutsideTransactionAsync(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        eventData.Context is { } db ? evictions.CommittedAsync(db) : Task.CompletedTask;

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            evictions.RolledBack(db);
        }
    }

    private Task OutsideTransactionAsync(DbContext? db) =>
        db is not null && db.Database.CurrentTransaction is null ? evictions.CommittedAsync(db) : Task.CompletedTask;

    private static bool ChangesShownEverywhere(ChangeTracker tracker) =>
        tracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && !NotShown.Contains(Owner(e.Metadata).ClrType.Name));

    // An owned type (the ledger's counted keys) is part of its owner's row and shown wherever its owner is: judged as
    // the owner. Judged by its own name, every publication evicted every page on every node.
    private static IEntityType Owner(IEntityType type)
    {
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }

        return type;
    }
}
