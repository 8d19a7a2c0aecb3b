using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests.Xss;

/// <summary>
/// Notices script that runs in a browser context, page by page: a dialog (alert, confirm, prompt) on any page or frame, a call to
/// <c>window.__xss</c>, or a request for a URL containing <c>xss-canary</c> that is not a picture (a script, frame,
/// object, style or navigation the page was made to load). Pictures are left out: showing an image is what rich text may do.
/// </summary>
internal sealed class XssDetector
{
    /// <summary>
    /// A script for <c>Locator.EvaluateAsync</c> on an element: fires on it and every descendant the events a visitor could
    /// cause (hover, focus...) or that fire by themselves, then lists what is active there: elements that run or load
    /// something, event-handler or style attributes, and href/src values that are not http(s), mailto or tel.
    /// </summary>
    public const string FireEventsAndFindActiveMarkup = """
        root => {
          const found = [];
          for (const el of [root, ...root.querySelectorAll('*')]) {
            for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'animationstart', 'toggle', 'load', 'error', 'begin']) {
              try { el.dispatchEvent(new Event(type, { bubbles: true })); } catch (e) { }
            }
            const name = el.localName;
            if (['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'form', 'svg', 'math',
                 'template', 'input', 'button', 'select', 'textarea', 'portal', 'video', 'audio', 'source'].includes(name)) {
              found.push('element <' + name + '>');
            }
            for (const attr of el.attributes) {
              if (attr.name.startsWith('on') || ['style', 'srcdoc', 'formaction', 'action', 'background', 'srcset'].includes(attr.name)) {
                found.push('attribute ' + attr.name + ' on <' + name + '>');
              }
            }
            for (const attr of ['href', 'src', 'cite']) {
              const value = el.getAttribute(attr);
              let protocol = 'unparsable:';
              try { protocol = new URL(value, location.href).protocol; } catch (e) { }
              if (value !== null && !/^(https?|mailto|tel):$/i.test(protocol)) {
                found.push(attr + '=' + value.slice(0, 60) + ' on <' + name + '>');
              }
            }
          }
          return found;
        }
        """;

    private readonly ConcurrentDictionary<IPage, ConcurrentQueue<string>> _hits = new();

    public static async Task<XssDetector> AttachAsync(IBrowserContext context)
    {
        var detector = new XssDetector();
        await context.ExposeBindingAsync("__xss", (BindingSource source, string what) => detector.Add(source.Page, "__xss(" + what + ")"));
        await context.RouteAsync(url => url.Contains("xss-canary", StringComparison.Ordinal), async route =>
        {
            if (route.Request.ResourceType != "image")
            {
                detector.Add(route.Request.Frame.Page, $"request {route.Request.ResourceType} {route.Request.Url}");
            }

            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = "window.__xss && window.__xss('canary')" });
        });
        context.Page += (_, page) => page.Dialog += async (_, dialog) =>
        {
            detector.Add(page, $"{dialog.Type}({dialog.Message})");
            await dialog.DismissAsync();
        };
        return detector;
    }

    /// <summary>What was noticed on <paramref name="page"/> (its frames included) since the last call, emptied.</summary>
    public List<string> Take(IPage page)
    {
        var taken = new List<string>();
        if (_hits.TryGetValue(page, out var hits))
        {
            while (hits.TryDequeue(out var hit))
            {
                taken.Add(hit);
            }
        }

        return taken;
    }

    private void Add(IPage page, string hit) => _hits.GetOrAdd(page, _ => new ConcurrentQueue<string>()).Enqueue(hit);
}
