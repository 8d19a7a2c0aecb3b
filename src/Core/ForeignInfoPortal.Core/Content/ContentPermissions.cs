using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Core.Content;

/// <summary>The permissions every content type has, named after the type.</summary>
public sealed class ContentPermissions(string type, string displayName)
{
    /// <summary>The type's display name, the heading of its permissions on the matrix.</summary>
    public string DisplayName { get; } = displayName;

    /// <summary>Read (never change) the drafts of every item of one's units, whoever wrote them (see <see cref="ContentAccess"/>).</summary>
    public Permission ViewDrafts { get; } = new($"{type}.ViewDrafts", $"{displayName}: xem bản nháp của đơn vị mình");

    /// <summary>Create drafts for one's units and edit the items one created there.</summary>
    public Permission EditOwn { get; } = new($"{type}.EditOwn", $"{displayName}: soạn và sửa bản nháp của mình");

    /// <summary>Edit any item of the type, of any unit, and see every draft.</summary>
    public Permission EditAny { get; } = new($"{type}.EditAny", $"{displayName}: sửa mọi nội dung");

    public Permission Publish { get; } = new($"{type}.Publish", $"{displayName}: xuất bản");

    public Permission Unpublish { get; } = new($"{type}.Unpublish", $"{displayName}: gỡ xuất bản");

    public Permission Delete { get; } = new($"{type}.Delete", $"{displayName}: xóa và khôi phục");

    /// <summary>
    /// Choose the publication date when publishing (back-dating or forward-dating). It moves an item between
    /// statistics periods, so it is granted apart from publishing.
    /// </summary>
    public Permission SetPublicationDate { get; } = new($"{type}.SetPublicationDate", $"{displayName}: đặt ngày xuất bản");

    public IEnumerable<Permission> All => [ViewDrafts, EditOwn, EditAny, Publish, Unpublish, Delete, SetPublicationDate];
}

internal sealed class ContentPermissionProvider(ContentPermissions permissions) : IPermissionProvider
{
    public string GroupName => $"Nội dung: {permissions.DisplayName}";

    public IEnumerable<Permission> GetPermissions() => permissions.All;

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(PortalRoles.Administrator, permissions.All),
        new(PortalRoles.EditorInChief, permissions.All),
        new(PortalRoles.Editor, [permissions.ViewDrafts, permissions.EditOwn, permissions.EditAny, permissions.Publish, permissions.Unpublish, permissions.Delete]),
        new(PortalRoles.Contributor, [permissions.ViewDrafts, permissions.EditOwn]),
    ];
}
