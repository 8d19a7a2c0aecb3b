using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Documents;

/// <summary>
/// The settings lists' entry in the admin menu; the documents themselves are listed by the Contents module's
/// generic entry of each content type.
/// </summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Danh mục văn bản", DocumentsUrls.Settings, 920, DocumentsPermissions.ManageSettings, "Hệ thống")];
}
