using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Tourism;

/// <summary>The map settings' entry in the admin menu, beside the portal's other settings.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Bản đồ du lịch", TourismUrls.Settings, 940, TourismPermissions.ManageSettings, "Hệ thống")];
}
