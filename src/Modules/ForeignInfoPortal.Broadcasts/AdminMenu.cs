using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>The channel list's entry in the admin menu, beside the portal's other settings.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new("Kênh phát sóng", BroadcastUrls.Settings, 920, StandardPermissions.ManageSettings, "Hệ thống")];
}
