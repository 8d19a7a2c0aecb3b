using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Pages.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Pages.Services;

/// <summary>
/// Reads <see cref="PagesMenuSettings"/> synchronously: <c>INavigationProvider.GetItems</c> has no asynchronous
/// form. The same document <c>ISettingsStore</c> writes.
/// </summary>
internal static class PagesMenuReader
{
    public static PagesMenuSettings Read(PortalDbContext db)
    {
        var value = db.Settings.AsNoTracking().Where(s => s.Key == PagesMenuSettings.Key).Select(s => s.Value).FirstOrDefault();
        return value is null ? new PagesMenuSettings() : JsonSerializer.Deserialize<PagesMenuSettings>(value, ContentJson.Options) ?? new PagesMenuSettings();
    }
}
