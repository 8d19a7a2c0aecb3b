using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Scheduling.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Scheduling.Services;

/// <summary>
/// The one guarded write that decides who completes a schedule (decision 0014): <c>UPDATE … SET CompletedUtc = now
/// WHERE Id = @id AND CompletedUtc IS NULL</c>. Exactly one caller sees one row changed; on PostgreSQL a second node
/// waits on the row lock until the first commits and then finds the guard false, on SQLite the write lock serialises
/// the two transactions. Run it inside the transaction of what completing means, so a rollback frees the row again.
/// </summary>
internal static class ScheduleClaim
{
    public static async Task<bool> TryAsync(PortalDbContext db, int id, DateTime nowUtc, string? outcome, CancellationToken cancellationToken) =>
        await db.Set<ScheduledAction>()
            .Where(a => a.Id == id && a.CompletedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CompletedUtc, nowUtc).SetProperty(a => a.Outcome, outcome), cancellationToken) == 1;
}
