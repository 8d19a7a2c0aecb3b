using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Themes.Portal;

/// <summary>The home settings' entry in the admin menu.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Trình bày trang chủ", "/" + HomeUrls.Settings, 925, StandardPermissions.ManageSettings, "Hệ thống")];
}
