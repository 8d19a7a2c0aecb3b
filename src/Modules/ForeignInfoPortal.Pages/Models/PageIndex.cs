namespace ForeignInfoPortal.Pages.Models;

/// <summary>The names of the values pages write into the content index.</summary>
internal static class PageIndex
{
    /// <summary>The parent page's slug.</summary>
    public const string Parent = "parent";

    public const string SortOrder = "sortOrder";
}
