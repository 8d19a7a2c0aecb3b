using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Pages;

/// <summary>The navigation page's entry in the admin menu; the pages themselves are listed by the Contents module.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Menu trang giới thiệu", PagesUrls.Menu, 930, PagesPermissions.ManageMenu, "Hệ thống")];
}
