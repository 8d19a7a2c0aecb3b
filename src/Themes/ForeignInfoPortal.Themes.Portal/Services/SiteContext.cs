using System.Data.Common;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Themes.Portal.Services;

/// <summary>
/// What the public layout needs on every page, read once per request: the site settings (names, contacts)
/// and the navigation of the enabled modules.
/// </summary>
internal sealed class SiteContext(ISettingsStore settings, IEnumerable<INavigationProvider> navigation, ILogger<SiteContext> logger)
{
    private Task<SiteSettings>? _settings;
    private Task<IReadOnlyList<NavigationItem>>? _navigation;

    public Task<SiteSettings> GetSettingsAsync(CancellationToken cancellationToken = default) =>
        _settings ??= LoadAsync(cancellationToken);

    /// <summary>Every module's entries, ordered (Trang chủ first), one entry per URL.</summary>
    public Task<IReadOnlyList<NavigationItem>> GetNavigationAsync(CancellationToken cancellationToken = default) =>
        _navigation ??= PublicNavigation.ComposeAsync(navigation, cancellationToken);

    /// <summary>Whether a navigation entry is the current section: "/" only on the home page, others on their subtree.</summary>
    public static bool IsCurrent(NavigationItem item, PathString path) =>
        item.Url == "/" ? path == "/" || !path.HasValue : path.StartsWithSegments(item.Url, StringComparison.OrdinalIgnoreCase);

    private async Task<SiteSettings> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await settings.GetAsync<SiteSettings>(SiteSettings.Key, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The error page uses this layout too: when the database is what failed, it must still render.
            logger.LogWarning(ex, "Site settings could not be read; the layout uses the defaults.");
            return new SiteSettings();
        }
    }
}
