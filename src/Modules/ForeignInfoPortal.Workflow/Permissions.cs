using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Workflow;

/// <summary>The Workflow module's own permissions. Reviewing itself follows each type's Publish permission.</summary>
public static class WorkflowPermissions
{
    /// <summary>Held by default by Administrators.</summary>
    public static Permission ManageSettings { get; } = new("Workflow.ManageSettings", "Chọn loại nội dung phải duyệt trước khi xuất bản");

    internal static IPermissionProvider Provider { get; } = new SettingsPermissionProvider("Duyệt bài", ManageSettings);
}
