using System.Security.Claims;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Something a signed-in user owes the account before working with that session: a new password in place of a
/// generated one, two-factor sign-in for an administrator. The admin sends the user to the page where it is done (the
/// Users module's filters); the API, which cannot follow a form, refuses the session (<see cref="Web.ApiCallerFilter"/>),
/// or the requirement would be one cookie away from being skipped. API tokens are credentials of their own and are not
/// asked. Registered in the order they are to be met.
/// </summary>
public interface IAccountRequirement
{
    /// <summary>The admin page where <paramref name="user"/> meets it, or null when nothing is owed.</summary>
    string? PendingPage(ClaimsPrincipal user);
}
