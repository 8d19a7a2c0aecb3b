using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.News.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.News;

/// <summary>The News module's entry: the News content type, its public pages, navigation and home section.</summary>
public sealed class NewsModule : IModule
{
    /// <summary>The content type's name, as stored and as recipes write it.</summary>
    public const string ContentType = "News";

    /// <summary>The partial the admin editor renders for the News fields (model <see cref="NewsFields"/>, prefix "Fields").</summary>
    public const string EditorPartial = "~/Views/News/_NewsFieldsEditor.cshtml";

    public string Name => "News";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentType<NewsFields>(ContentType, "Tin tức", o =>
        {
            o.EditorPartial = EditorPartial;
            o.PublicUrl = v => NewsUrls.Item(v.Slug);
        });
        services.AddScoped<NewsCategoryService>();
        services.AddPageFragment<LatestNewsFragment>(LatestNewsFragment.Name);
        services.AddScoped<Core.Search.ISearchContributor, NewsSearchContributor>();
        services.AddSingleton<INavigationProvider, NewsNavigation>();
        services.AddSingleton(new HomeSection("Tin nổi bật", "FeaturedNews", 5));
        services.AddSingleton(new HomeSection("Tin mới", "LatestNews", 10));
    }
}
