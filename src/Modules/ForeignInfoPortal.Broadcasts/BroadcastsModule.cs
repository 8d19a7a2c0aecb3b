using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Broadcasts.Services;
using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>
/// The Broadcasts module's entry: the Broadcast content type (radio programmes, local radio news pages, TV
/// specials), its channel settings, public pages, navigation, home section and recipe step.
/// </summary>
public sealed class BroadcastsModule : IModule
{
    /// <summary>The content type's name, as stored and as recipes write it.</summary>
    public const string ContentType = "Broadcast";

    /// <summary>The partial the admin editor renders for the broadcast fields (model <see cref="BroadcastFields"/>, prefix "Fields").</summary>
    public const string EditorPartial = "~/Views/Broadcasts/_BroadcastFieldsEditor.cshtml";

    public string Name => "Broadcasts";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentType<BroadcastFields>(ContentType, "Phát thanh - Truyền hình", o =>
        {
            o.ApiName = "broadcasts";
            o.EditorPartial = EditorPartial;
            o.PublicUrl = v => BroadcastUrls.Item(v.Slug);
            foreach (var (code, name) in BroadcastKinds.All)
            {
                o.Subtypes[code] = name;
            }

            o.AdminColumns.Add(new ContentColumn("Ngày phát", v => BroadcastFormat.DateTime(v.Index
                .FirstOrDefault(i => i.Name == BroadcastIndex.AirDate)?.Date ?? v.GetFields<BroadcastFields>().AirDate)));
            o.Filters.Add(new ContentFilter("month", "Tháng phát sóng", (query, value) =>
                BroadcastMonth.TryParse(value, out var month) ? BroadcastQueries.InMonth(query, month) : null));
            o.DefaultOrder = BroadcastQueries.Newest;
        });
        services.AddScoped<BroadcastSettingsService>();
        services.AddPageFragment<LatestBroadcastsFragment>(LatestBroadcastsFragment.Name);
        services.AddScoped<Core.Search.ISearchContributor, BroadcastSearchContributor>();
        services.AddScoped<IRecipeStep, BroadcastSettingsStep>();
        services.AddSingleton<INavigationProvider, BroadcastsNavigation>();
        services.AddSingleton(BroadcastsPermissions.Provider);
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton(new HomeSection("Phát thanh - Truyền hình", "LatestBroadcasts", 30));
    }
}
