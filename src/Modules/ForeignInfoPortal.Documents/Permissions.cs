using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Documents;

/// <summary>The Documents module's own permissions (the Document type's come with the type).</summary>
public static class DocumentsPermissions
{
    /// <summary>Held by default by Administrators.</summary>
    public static Permission ManageSettings { get; } = new("Documents.ManageSettings", "Quản lý danh mục văn bản (cơ quan ban hành, lĩnh vực, người ký)");

    internal static IPermissionProvider Provider { get; } = new SettingsPermissionProvider("Văn bản chỉ đạo điều hành", ManageSettings);
}
