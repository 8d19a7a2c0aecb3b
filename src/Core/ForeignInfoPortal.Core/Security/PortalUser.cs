using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Core.Security;

/// <summary>A person who signs in to the admin.</summary>
public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The default unit for the user's new items: one of their <see cref="UserUnit"/> memberships.</summary>
    public int? UnitId { get; set; }

    /// <summary>Set for a generated password: the user must choose a new one at first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedUtc { get; set; }
}
