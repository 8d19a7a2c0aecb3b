using System.Globalization;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Tourism.Models;
using ForeignInfoPortal.Tourism.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Tourism;

/// <summary>
/// The Tourism module's entry: the <c>TourismSite</c> content type (sites and festivals) with its kinds, filters and
/// order; the public listing with its map and the detail pages; the map settings, their admin page and recipe step;
/// the home page's upcoming festivals.
/// </summary>
public sealed class TourismModule : IModule
{
    /// <summary>The content type's name, as stored and as recipes write it.</summary>
    public const string ContentType = "TourismSite";

    /// <summary>The partial the admin editor renders for the fields (model <see cref="TourismFields"/>, prefix "Fields").</summary>
    public const string EditorPartial = "~/Views/Tourism/_TourismFieldsEditor.cshtml";

    public string Name => "Tourism";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentType<TourismFields>(ContentType, "Du lịch", o =>
        {
            o.ApiName = "tourism";
            o.EditorPartial = EditorPartial;
            o.PublicUrl = v => TourismUrls.Item(v.Slug);
            foreach (var (code, name) in TourismKinds.All)
            {
                o.Subtypes[code] = name;
            }

            o.AdminColumns.Add(new ContentColumn("Loại", v => TourismKinds.NameOf(v.Subtype)));
            o.AdminColumns.Add(new ContentColumn("Bắt đầu", v => VietnamTime.FormatDateAndTime(v.GetFields<TourismFields>().Starts?.UtcDateTime)));
            o.Filters.Add(new ContentFilter("ward", "Phường, xã", TourismQueries.InWard));
            o.Filters.Add(new ContentFilter("from", "Còn diễn ra từ ngày", (query, value) =>
                // Years a calendar can hold either side of the Vietnam offset; anything else is a bad value, not a 500.
                DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1900 and <= 9000
                    ? TourismQueries.NotOver(query, VietnamTime.ToUtc(day.ToDateTime(TimeOnly.MinValue)))
                    : null));
            o.DefaultOrder = TourismQueries.ByTitle;
        });
        services.AddScoped<TourismLookups>();
        services.AddScoped<Core.Search.ISearchContributor, TourismSearchContributor>();
        services.AddScoped<IRecipeStep, TourismSettingsStep>();
        services.AddSingleton<INavigationProvider, TourismNavigation>();
        services.AddSingleton(TourismPermissions.Provider);
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton(new HomeSection("Điểm đến nổi bật", "TourismHighlights", 34));
        services.AddSingleton(new HomeSection("Lễ hội sắp diễn ra", "UpcomingFestivals", 35));
    }
}
