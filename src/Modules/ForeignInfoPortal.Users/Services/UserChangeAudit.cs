using System.Security.Claims;
using System.Text.Json;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Users.Services;

/// <summary>Writes the one <see cref="AuditActions.UserChange"/> line a change to an account makes, details as JSON.</summary>
internal static class UserChangeAudit
{
    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // actorId: the acting user's id, which the caller resolves with its UserManager.
    public static Task RecordAsync(this IAuditLog audit, ClaimsPrincipal actor, string? actorId, PortalUser subject, object details,
        CancellationToken cancellationToken = default) =>
        audit.RecordAsync(new AuditRecord(AuditActions.UserChange, actorId, actor.Identity?.Name, AuditSubjects.User, subject.Id, subject.Email,
            JsonSerializer.Serialize(details, DetailsJson)), cancellationToken);
}
