using System.Collections.Concurrent;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.OutputCache;

/// <summary>
/// A site of its own whose MVC actions are counted: a page served from the output cache runs no action, so the count
/// proves where an answer came from. A test-only query makes an action set a cookie or issue an antiforgery token.
/// </summary>
public class OutputCacheSite : PortalFactory
{
    public const string SetCookieQuery = "test-set-cookie";
    public const string AntiforgeryQuery = "test-antiforgery";

    public OutputCacheSite()
        : base(new Dictionary<string, string?> { ["Portal:OutputCache:Enabled"] = "true" })
    {
    }

    /// <summary>A site with extra settings (another database...), the cache on.</summary>
    protected OutputCacheSite(IReadOnlyDictionary<string, string?> settings)
        : base(new Dictionary<string, string?>(settings) { ["Portal:OutputCache:Enabled"] = "true" })
    {
    }

    private readonly ConcurrentDictionary<string, int> _renders = new(StringComparer.Ordinal);

    /// <summary>How many times an action answered this path and query.</summary>
    public int Renders(string pathAndQuery) => _renders.GetValueOrDefault(pathAndQuery);

    /// <summary>The item's current public slug and revision, read through the content manager.</summary>
    public async Task<(string Slug, int Revision)> ItemAsync(int id)
    {
        var item = await NewsForms.LoadAsync(this, id);
        return (item.Versions.First(v => v.IsLatest).Slug, item.Revision);
    }

    /// <summary>Runs a change through the content manager, as background work (scheduling) would.</summary>
    public async Task ChangeAsync(Func<IContentManager, Task> change)
    {
        await using var scope = Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    protected override void ConfigurePortalServices(IServiceCollection services) =>
        services.Configure<MvcOptions>(o => o.Filters.Add(new RenderCounter(_renders)));

    private sealed class RenderCounter(ConcurrentDictionary<string, int> renders) : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            var http = context.HttpContext;
            renders.AddOrUpdate(http.Request.Path + http.Request.QueryString, 1, (_, n) => n + 1);
            if (http.Request.Query.ContainsKey(SetCookieQuery))
            {
                http.Response.Cookies.Append("test", "1");
            }

            if (http.Request.Query.ContainsKey(AntiforgeryQuery))
            {
                http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
            }
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }
}
