namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Every MVC action whose route starts with <c>admin</c> requires a signed-in user who holds
/// <see cref="StandardPermissions.AccessAdmin"/> (the host's MVC filter enforces it for all modules). The few admin
/// pages that must work before that (sign-in, sign-out, password change, access denied) carry this
/// attribute and their own <c>[Authorize]</c> or <c>[AllowAnonymous]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class SkipAdminGateAttribute : Attribute;
