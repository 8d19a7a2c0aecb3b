namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Claims the portal adds to a signed-in user's principal (the Users module writes them at sign-in, the
/// admin shell and filters read them), so that a page does not load the user row to show a name.
/// </summary>
public static class PortalClaimTypes
{
    /// <summary>The user's display name; absent when the user has none (show the e-mail then).</summary>
    public const string DisplayName = "portal:display_name";

    /// <summary>Present with the value "true" while the user must choose a new password.</summary>
    public const string MustChangePassword = "portal:must_change_password";

    /// <summary>Present with the value "true" when the user has an authenticator app for two-factor sign-in.</summary>
    public const string TwoFactorEnabled = "portal:two_factor";

    /// <summary>On a principal signed in by an API token: the token's id, for logs and audit.</summary>
    public const string ApiTokenId = "portal:api_token_id";
}
