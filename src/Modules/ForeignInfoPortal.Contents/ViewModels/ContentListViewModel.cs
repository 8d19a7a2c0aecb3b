using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Units;

namespace ForeignInfoPortal.Contents.ViewModels;

/// <summary>One page of a content type's admin list.</summary>
public sealed class ContentListViewModel
{
    public required ContentTypeDefinition Type { get; init; }

    public required ContentListFilter Filter { get; init; }

    public required IReadOnlyList<ContentListRow> Rows { get; init; }

    public required IReadOnlyList<OrganizationUnit> Units { get; init; }

    public int TotalCount { get; init; }

    public int TotalPages { get; init; }

    public bool CanCreate { get; init; }

    /// <summary>False when the user sees only items of their units (see <see cref="ContentAccess"/>).</summary>
    public bool SeesAll { get; init; }

    /// <summary>With <see cref="SeesAll"/> false: true when the user also sees colleagues' items of their units.</summary>
    public bool SeesUnitDrafts { get; init; }

    /// <summary>Filter values that could not be read (a date typed wrongly), by field.</summary>
    public IReadOnlyDictionary<string, string> FilterErrors { get; init; } = new Dictionary<string, string>();
}

/// <summary>One item in the list: its latest version and its state.</summary>
public sealed record ContentListRow(
    int Id, string Title, ContentStatus Status, bool IsDeleted, bool HasNewerDraft,
    string? UnitName, DateTime? PublishedUtc, DateTime ModifiedUtc, string? OwnerName)
{
    /// <summary>The subtype's name (types with subtypes).</summary>
    public string? SubtypeName { get; init; }

    /// <summary>The values of the type's admin columns, in order.</summary>
    public IReadOnlyList<string?> Columns { get; init; } = [];
}
