using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Pages.Models;
using ForeignInfoPortal.Pages.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Pages;

/// <summary>
/// The Pages module's entry: the <c>Page</c> content type (the city's introduction pages in a tree, the spokesperson's
/// page), its public pages under /trang, the admin page that places pages in the public navigation and its recipe step.
/// </summary>
public sealed class PagesModule : IModule
{
    /// <summary>The content type's name, as stored and as recipes write it.</summary>
    public const string ContentType = "Page";

    public string Name => "Pages";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentType<PageFields>(ContentType, "Trang giới thiệu", o =>
        {
            o.ApiName = "pages";
            o.EditorPartial = "~/Views/Pages/_PageFieldsEditor.cshtml";
            o.PublicUrl = v => PagesUrls.Page(v.Slug);
            o.AdminColumns.Add(new ContentColumn("Trang cha", v => v.GetFields<PageFields>().Parent));
            o.Filters.Add(new ContentFilter("parent", "Trang cha", (q, value) =>
                value.Trim().ToLowerInvariant() is { Length: > 0 and <= 120 } slug ? q.WhereIndexText(PageIndex.Parent, slug) : null));
        });
        services.AddScoped<ISearchContributor, PageSearchContributor>();
        services.AddScoped<INavigationProvider, PagesNavigation>();
        services.AddScoped<IRecipeStep, PagesMenuStep>();
        services.AddSingleton(PagesPermissions.Provider);
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }
}
