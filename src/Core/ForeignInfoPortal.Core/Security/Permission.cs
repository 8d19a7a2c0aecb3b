namespace ForeignInfoPortal.Core.Security;

/// <summary>A named right that a role grants, e.g. "News.Publish".</summary>
public sealed record Permission(string Name, string Description)
{
    /// <summary>The claim type that role claims use to carry permissions.</summary>
    public const string ClaimType = "Permission";
}

/// <summary>The permissions a role has by default when the site is set up.</summary>
public sealed record PermissionStereotype(string Role, IEnumerable<Permission> Permissions);

/// <summary>Implemented by each module to declare its permissions.</summary>
public interface IPermissionProvider
{
    /// <summary>The heading of this provider's permissions on the permission matrix (a module or a content type), in Vietnamese.</summary>
    string GroupName => "Khác";

    IEnumerable<Permission> GetPermissions();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes();
}
