using System.Text.Encodings.Web;
using System.Text.Unicode;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Themes.Portal.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace ForeignInfoPortal.Themes.Portal;

/// <summary>The Theme module's entry: the public layout's services and the "Trang chủ" navigation entry.</summary>
public sealed class PortalThemeModule : IModule
{
    public string Name => "Theme";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SiteContext>();

        // Razor's encoder writes every Vietnamese letter outside Basic Latin as an entity ("&#x1EA1;"): pages
        // three times heavier and unreadable in source. Letters of every script are safe in HTML text.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<INavigationProvider, HomeNavigation>();
    }
}
