namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// A machine client's credential (the radio centre, a document-management system): it acts as its user,
/// with that user's permissions. Only a hash of the secret is kept; the secret is shown once, at creation.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    /// <summary>The user the token acts as.</summary>
    public required string UserId { get; set; }

    public PortalUser? User { get; set; }

    /// <summary>What the token is for, shown in the admin ("Trung tâm phát thanh – đẩy chương trình").</summary>
    public required string Name { get; set; }

    /// <summary>The first characters of the secret, so that an administrator can tell tokens apart in logs.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the secret, hex; looked up by equality.</summary>
    public required string SecretHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The administrator who created it.</summary>
    public string? CreatedById { get; set; }

    /// <summary>No expiry when empty.</summary>
    public DateTime? ExpiresUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }
}
