using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.Core.Audit;

internal sealed class AuditLog(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http) : IAuditLog
{
    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Action = Cut(record.Action, 64)!,
            UserId = record.UserId,
            UserName = Cut(record.Action == AuditActions.SignInFailed
                ? TypedAccountName.ForTrail(record.UserName, matchedAccount: record.UserId is not null)
                : record.UserName, 256),
            SubjectType = Cut(record.SubjectType, 64),
            SubjectId = Cut(record.SubjectId, 64),
            SubjectTitle = Cut(record.SubjectTitle, 500),
            Details = record.Details,
            IpAddress = Cut(http.HttpContext?.Connection.RemoteIpAddress?.ToString(), 64),
        });

        // Inside the caller's transaction this writes with it; outside, it is the entry's own commit.
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cut(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
