using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>The channel list's entry in the admin menu, beside the portal's other settings.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Kênh phát sóng", BroadcastUrls.Settings, 920, BroadcastsPermissions.ManageSettings, "Hệ thống")];
}
