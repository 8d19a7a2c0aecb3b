using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Themes.Portal;

/// <summary>The home settings' entry in the admin menu.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Trình bày trang chủ", "/" + HomeUrls.Settings, 925, ThemePermissions.ManageHomePage, "Hệ thống")];
}
