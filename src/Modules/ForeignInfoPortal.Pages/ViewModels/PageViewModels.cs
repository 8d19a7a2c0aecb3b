using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Pages.Models;
using ForeignInfoPortal.Pages.Services;

namespace ForeignInfoPortal.Pages.ViewModels;

/// <summary>The model of /trang/{slug}: the page, its ancestors for the breadcrumb and its children.</summary>
internal sealed record PageViewModel(ContentVersion Version, PageFields Fields, IReadOnlyList<PageNode> Ancestors, IReadOnlyList<PageNode> Children);

/// <summary>A line of /trang: a page and how deep it sits.</summary>
internal sealed record PageTreeEntry(PageNode Node, int Depth);

/// <summary>The menu form: one row per published page.</summary>
public sealed class PagesMenuForm
{
    public List<PagesMenuRow> Rows { get; set; } = [];
}

/// <summary>A page's row: whether it is in the navigation and at what order (text, so a wrong value is shown back as typed).</summary>
public sealed class PagesMenuRow
{
    public string Slug { get; set; } = "";

    public bool Show { get; set; }

    public string? Order { get; set; }
}

/// <summary>What the menu page shows: the rows with titles and depth, and the other modules' entries for reference.</summary>
internal sealed record PagesMenuViewModel(IReadOnlyList<PagesMenuLine> Lines, IReadOnlyList<Core.Modules.NavigationItem> OtherEntries);

internal sealed record PagesMenuLine(int Index, PageNode Page, int Depth, PagesMenuRow Row);
