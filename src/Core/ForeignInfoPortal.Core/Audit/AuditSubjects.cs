namespace ForeignInfoPortal.Core.Audit;

/// <summary>
/// The <see cref="AuditEntry.SubjectType"/> of what is not content (content entries carry the content type's name),
/// so the admin page can name and filter them.
/// </summary>
public static class AuditSubjects
{
    /// <summary>A settings document; the subject id is its key.</summary>
    public const string Settings = "Settings";

    /// <summary>An API token; the subject id is the token's id.</summary>
    public const string ApiToken = "ApiToken";

    /// <summary>A user account (sign-in, account changes); the subject id is the user's id.</summary>
    public const string User = "User";

    /// <summary>A role (permission changes); the subject id is the role's name.</summary>
    public const string Role = "Role";
}
