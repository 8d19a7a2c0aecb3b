using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// A part of a page that changes more often than the page around it, such as the latest news beside an article: every
/// publication changes it, and rendering it inside the page would tie every article's cached page to every publication
/// of its type. A fragment is the same on every page that shows it (one per culture), so a publication renders it once.
/// The page carries a placeholder (<see cref="PageFragments.Insert"/>) instead; the placeholder is filled on the way
/// out, whether the page was rendered or came from the cache, with the fragment's HTML, cached on its own and evicted
/// by what it read, as pages are (ADR 0020, amendment of 2026-11-24).
/// </summary>
/// <remarks>Registered by its module with <see cref="PageFragments.AddPageFragment{T}"/> under the name its placeholder carries.</remarks>
public interface IPageFragment
{
    /// <summary>
    /// The fragment's HTML for the request's culture. Published content is read through
    /// <see cref="Content.IContentManager"/>'s public reads, which tag the cached fragment with what it showed.
    /// </summary>
    Task<string> RenderAsync(HttpContext context, CancellationToken cancellationToken);
}

/// <summary>Placeholders of fragments in pages, and rendering a fragment's partial view outside an action.</summary>
public static partial class PageFragments
{
    /// <summary>Marks a response that holds placeholders; taken off before the answer leaves the node.</summary>
    internal const string MarkerHeader = "X-Portal-Page-Fragments";

    /// <summary>
    /// The placeholder of a fragment, where the view shows it; the response is marked so the placeholder gets filled.
    /// </summary>
    public static IHtmlContent Insert(HttpContext context, string name)
    {
        CheckName(name);
        context.Response.Headers[MarkerHeader] = "1";
        return new HtmlString(Placeholder(name));
    }

    /// <summary>Registers a fragment under its name (lower-case letters, digits and hyphens), scoped to the request.</summary>
    public static IServiceCollection AddPageFragment<T>(this IServiceCollection services, string name)
        where T : class, IPageFragment
    {
        CheckName(name);
        return services.AddKeyedScoped<IPageFragment, T>(name);
    }

    /// <summary>Renders a partial view (its application path, "/Views/News/_LatestNewsAside.cshtml") with a model, outside any action.</summary>
    public static async Task<string> RenderPartialAsync(HttpContext context, string viewPath, object model)
    {
        var services = context.RequestServices;
        var view = services.GetRequiredService<ICompositeViewEngine>().GetView(executingFilePath: null, viewPath, isMainPage: false).View
            ?? throw new InvalidOperationException($"The fragment view {viewPath} was not found.");
        var actionContext = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
        var viewData = new ViewDataDictionary(services.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { Model = model };
        var tempData = new TempDataDictionary(context, services.GetRequiredService<ITempDataProvider>());
        await using var writer = new StringWriter();
        await view.RenderAsync(new ViewContext(actionContext, view, viewData, tempData, writer, new HtmlHelperOptions()));
        return writer.ToString();
    }

    // Both callers take the name as their parameter "name".
    private static void CheckName(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"A fragment's name is lower-case letters, digits and hyphens: '{name}'.", nameof(name));
        }
    }

    internal static string Placeholder(string name) => $"<!--portal-fragment:{name}-->";

    internal static readonly byte[] PlaceholderStart = Encoding.UTF8.GetBytes("<!--portal-fragment:");

    internal static readonly byte[] PlaceholderEnd = Encoding.UTF8.GetBytes("-->");

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex NamePattern();
}
