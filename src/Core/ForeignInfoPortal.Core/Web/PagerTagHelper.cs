using System.Globalization;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// The one pager of the public lists: <c>&lt;portal-pager page="…" page-count="…" url-of="…" /&gt;</c> renders nothing
/// for a single page, else a <c>nav</c> with previous and next (<c>rel="prev|next"</c>), the first and last pages and two
/// either side of the current one, gaps shown as "…" (hidden from screen readers), and the current page marked
/// <c>aria-current="page"</c>. Each list keeps its own addresses through <see cref="UrlOf"/>, so the pager knows nothing of
/// query parameters; the words come from <see cref="PagerStrings"/> in the page's culture.
/// </summary>
[HtmlTargetElement("portal-pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper(IStringLocalizer<PagerStrings> text) : TagHelper
{
    /// <summary>Pages shown either side of the current one.</summary>
    private const int Reach = 2;

    public int Page { get; set; }

    public int PageCount { get; set; }

    /// <summary>The address of a page (the first usually without a page parameter).</summary>
    public Func<int, string> UrlOf { get; set; } = default!;

    /// <summary>Pages past this one are not linked (a list that refuses deep pages); none when null.</summary>
    public int? MaxPage { get; set; }

    /// <summary>The navigation's accessible name; "Phân trang" when none is given.</summary>
    public string? Label { get; set; }

    /// <summary>The page numbers to show, in order, with null where pages are left out.</summary>
    public static IEnumerable<int?> Window(int page, int pageCount)
    {
        int? previous = null;
        for (var p = 1; p <= pageCount; p++)
        {
            if (p != 1 && p != pageCount && Math.Abs(p - page) > Reach)
            {
                continue;
            }

            if (previous is { } last && p - last > 1)
            {
                yield return null;
            }

            yield return p;
            previous = p;
        }
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var last = MaxPage is { } max ? Math.Min(PageCount, max) : PageCount;
        if (last <= 1)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "pager");
        output.Attributes.SetAttribute("aria-label", Label ?? text["Phân trang"].Value);
        var list = new TagBuilder("ul");
        if (Page > 1)
        {
            list.InnerHtml.AppendHtml(Item(Link(Page - 1, "‹ " + text["Trang trước"].Value, rel: "prev")));
        }

        foreach (var number in Window(Page, last))
        {
            if (number is not { } p)
            {
                var gap = Item(null);
                gap.AddCssClass("pager-gap");
                gap.Attributes["aria-hidden"] = "true";
                gap.InnerHtml.Append("…");
                list.InnerHtml.AppendHtml(gap);
                continue;
            }

            var link = Link(p, p.ToString(CultureInfo.InvariantCulture), rel: null);
            if (p == Page)
            {
                link.Attributes["aria-current"] = "page";
                link.Attributes["aria-label"] = text["Trang {0}, trang hiện tại", p].Value;
            }
            else
            {
                link.Attributes["aria-label"] = text["Trang {0}", p].Value;
            }

            list.InnerHtml.AppendHtml(Item(link));
        }

        if (Page < last)
        {
            list.InnerHtml.AppendHtml(Item(Link(Page + 1, text["Trang sau"].Value + " ›", rel: "next")));
        }

        output.Content.SetHtmlContent(list);
    }

    private TagBuilder Link(int page, string words, string? rel)
    {
        var link = new TagBuilder("a");
        // Written here, not in Razor, so the culture link helper never sees it: the English site's pages link to themselves.
        link.Attributes["href"] = PortalCultures.Localize(UrlOf(page), PortalCultures.Current);
        if (rel is not null)
        {
            link.Attributes["rel"] = rel;
        }

        link.InnerHtml.Append(words);
        return link;
    }

    private static TagBuilder Item(TagBuilder? content)
    {
        var item = new TagBuilder("li");
        if (content is not null)
        {
            item.InnerHtml.AppendHtml(content);
        }

        return item;
    }
}

/// <summary>The pager's words: the Vietnamese text is the key and the default, Resources/Web.PagerStrings.en.resx the English.</summary>
public sealed class PagerStrings;
