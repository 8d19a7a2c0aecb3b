using System.Globalization;
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
/// A part of a page that changes more often than the page around it, such as the "other news" beside an article: every
/// publication changes it, and rendering it inside the page would tie every article's cached page to every publication
/// of its type. The page carries a placeholder (<see cref="PageFragments.Insert(HttpContext, string, string)"/>) instead; the placeholder is filled
/// on the way out, whether the page was rendered or came from the cache, with the fragment's HTML, cached on its own and
/// evicted by what it read, as pages are (ADR 0020, amendment of 2026-11-24).
/// </summary>
public interface IPageFragment
{
    /// <summary>The name in the placeholder: lower-case letters, digits and hyphens.</summary>
    string Name { get; }

    /// <summary>
    /// The fragment's HTML for the request's culture and the page's argument (an id). Published content is read through
    /// <see cref="Content.IContentManager"/>'s public reads, which tag the cached fragment with what it showed.
    /// </summary>
    Task<string> RenderAsync(HttpContext context, string argument, CancellationToken cancellationToken);
}

/// <summary>Placeholders of fragments in pages, and rendering a fragment's partial view outside an action.</summary>
public static partial class PageFragments
{
    /// <summary>Marks a response that holds placeholders; taken off before the answer leaves the node.</summary>
    internal const string MarkerHeader = "X-Portal-Page-Fragments";

    /// <summary>
    /// The placeholder of a fragment, where the view shows it; the response is marked so the placeholder gets filled.
    /// </summary>
    public static IHtmlContent Insert(HttpContext context, string name, string argument)
    {
        if (!NamePattern().IsMatch(name) || !ArgumentPattern().IsMatch(argument))
        {
            throw new ArgumentException($"A fragment's name is lower-case letters, digits and hyphens, its argument letters, digits, '-' and '_': '{name}', '{argument}'.");
        }

        context.Response.Headers[MarkerHeader] = "1";
        return new HtmlString(Placeholder(name, argument));
    }

    /// <summary>The placeholder of a fragment about one record (an item's version id, read back with <see cref="Id"/>).</summary>
    public static IHtmlContent Insert(HttpContext context, string name, int id) =>
        Insert(context, name, id.ToString(CultureInfo.InvariantCulture));

    /// <summary>The id a placeholder was written with by <see cref="Insert(HttpContext, string, int)"/>.</summary>
    public static int Id(string argument) => int.Parse(argument, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Renders a partial view (its application path, "/Views/News/_OtherNews.cshtml") with a model, outside any action.</summary>
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

    internal static string Placeholder(string name, string argument) => $"<!--portal-fragment:{name}:{argument}-->";

    internal static readonly byte[] PlaceholderStart = Encoding.UTF8.GetBytes("<!--portal-fragment:");

    internal static readonly byte[] PlaceholderEnd = Encoding.UTF8.GetBytes("-->");

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex ArgumentPattern();
}
