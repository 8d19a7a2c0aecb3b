using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Tourism;

/// <summary>The map settings' entry in the admin menu, beside the portal's other settings.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Bản đồ du lịch", TourismUrls.Settings, 940, StandardPermissions.ManageSettings, "Hệ thống")];
}
