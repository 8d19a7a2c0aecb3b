namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// The provider of a module whose only permission of its own is managing its settings ("Documents.ManageSettings"):
/// the matrix shows it under <paramref name="groupName"/>, and it is granted by default to Administrators and to the
/// built-in roles given. Site-wide settings and units stay <see cref="StandardPermissions.ManageSettings"/>.
/// </summary>
/// <param name="groupName">The module's heading on the permission matrix, in Vietnamese.</param>
/// <param name="manageSettings">The module's settings permission.</param>
/// <param name="alsoGrantedTo">Built-in roles besides the Administrator that hold it by default.</param>
public sealed class SettingsPermissionProvider(string groupName, Permission manageSettings, params string[] alsoGrantedTo) : IPermissionProvider
{
    public string GroupName => groupName;

    public IEnumerable<Permission> GetPermissions() => [manageSettings];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        alsoGrantedTo.Prepend(PortalRoles.Administrator).Distinct(StringComparer.Ordinal)
            .Select(role => new PermissionStereotype(role, [manageSettings]));
}
