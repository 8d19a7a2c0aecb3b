namespace ForeignInfoPortal.Core.Security;

/// <summary><c>Portal:Security</c>: whether administrators must sign in with a second factor.</summary>
public sealed class TwoFactorOptions
{
    /// <summary>Shares its section with the security headers' options: both are the site's security settings.</summary>
    public const string Section = "Portal:Security";

    /// <summary>
    /// When true, an Administrator without an authenticator app is sent from every admin page to the enrolment page
    /// until one is set up. Off by default: turning it on before the administrators have a phone app would only
    /// send them round in circles on the day it is switched on.
    /// </summary>
    public bool RequireTwoFactorForAdministrators { get; set; }
}
