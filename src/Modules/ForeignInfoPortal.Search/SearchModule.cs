using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Search.Apis;
using ForeignInfoPortal.Search.Models;
using ForeignInfoPortal.Search.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Search;

/// <summary>
/// The Search module's entry: the index kept by a content handler in each publishing transaction, the engine
/// of the configured database (SQLite FTS5 or PostgreSQL full-text), the page /tim-kiem, the API /api/search and
/// the host verb <c>search reindex</c>.
/// </summary>
public sealed class SearchModule : IModule
{
    public string Name => "Search";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SearchIndexWriter>();
        services.AddSingleton<SearchDocumentCache>();
        services.AddScoped<IContentHandler, SearchIndexHandler>();
        services.AddScoped<SearchReindexer>();
        services.AddScoped<ISearch, SearchService>();
        services.AddScoped<SearchRequestReader>();
        services.AddScoped<ISearchEngine>(provider =>
            provider.GetRequiredService<PortalDbContext>().Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
                ? ActivatorUtilities.CreateInstance<PostgresSearchEngine>(provider)
                : ActivatorUtilities.CreateInstance<SqliteSearchEngine>(provider));
        services.AddSingleton<IHostVerb, SearchVerb>();
        services.AddSingleton<INavigationProvider, SearchNavigation>();
        services.AddSingleton(new Core.Web.PublicSearchPage(SearchUrls.Page, "q"));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSearchApi();

    public void ConfigureModel(ModelBuilder modelBuilder) => SearchModel.Configure(modelBuilder);
}
