using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Core.Security;

/// <summary>A person who signs in to the admin.</summary>
public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The unit the user works for; contributors draft for it.</summary>
    public int? UnitId { get; set; }

    /// <summary>Set for a generated password: the user must choose a new one at first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedUtc { get; set; }
}
