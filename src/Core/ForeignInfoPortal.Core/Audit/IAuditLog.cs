namespace ForeignInfoPortal.Core.Audit;

/// <summary>What a module tells the audit trail; the log adds the time and, on a web request, the caller's address.</summary>
/// <param name="Action">A code from <see cref="AuditActions"/> or a module's own <c>module.verb</c>.</param>
/// <param name="UserId">The acting user; null for the system.</param>
/// <param name="UserName">The acting user's e-mail or name (for a failed sign-in: what was typed, kept only when it names an account or looks like an e-mail).</param>
/// <param name="SubjectType">A content type name, <c>Settings</c>, <c>User</c>, <c>Role</c>, <c>ApiToken</c>…</param>
/// <param name="SubjectId">The subject's id or key.</param>
/// <param name="SubjectTitle">The subject's title or name at the time.</param>
/// <param name="Details">A comment, or JSON such as a field-level diff.</param>
public sealed record AuditRecord(
    string Action,
    string? UserId,
    string? UserName = null,
    string? SubjectType = null,
    string? SubjectId = null,
    string? SubjectTitle = null,
    string? Details = null);

/// <summary>
/// Appends to the audit trail. Inside a transaction (a content change, a recipe) the entry commits or rolls back
/// with it; outside one it is saved at once.
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);
}

/// <summary>The action codes the portal itself writes; modules may add their own in the same <c>area.verb</c> shape.</summary>
public static class AuditActions
{
    public const string SignIn = "auth.signin";
    public const string SignInFailed = "auth.signin.failed";
    public const string SignOut = "auth.signout";
    public const string ContentCreate = "content.create";
    public const string ContentEdit = "content.edit";
    public const string ContentSubmit = "content.submit";
    public const string ContentApprove = "content.approve";
    public const string ContentReturn = "content.return";
    public const string ContentPublish = "content.publish";
    public const string ContentUnpublish = "content.unpublish";
    public const string ContentDelete = "content.delete";
    public const string ContentRestore = "content.restore";
    public const string ContentSchedule = "content.schedule";
    public const string ContentScheduleRun = "content.schedule.run";
    public const string SettingsChange = "settings.change";
    public const string PermissionsChange = "permissions.change";
    public const string UserChange = "user.change";
    public const string TokenUse = "token.use";
}
