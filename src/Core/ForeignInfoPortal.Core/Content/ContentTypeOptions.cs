namespace ForeignInfoPortal.Core.Content;

/// <summary>Optional parts of a content type registration.</summary>
public sealed class ContentTypeOptions
{
    /// <summary>The partial view that edits the type's own fields in the admin editor (model: the fields object, prefix "Fields").</summary>
    public string? EditorPartial { get; set; }

    /// <summary>The API path segment (<c>/api/content/{ApiName}</c>), e.g. "documents"; the type's name in lower case when null.</summary>
    public string? ApiName { get; set; }

    /// <summary>The public path of a published version.</summary>
    public Func<ContentVersion, string>? PublicUrl { get; set; }

    /// <summary>
    /// The type's subtypes in display order, code → Vietnamese name ("RadioProgramme" → "Chương trình phát
    /// thanh"); the admin list and the API filter on them with <c>subtype</c>.
    /// </summary>
    public IDictionary<string, string> Subtypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Extra columns of the admin list, after the title.</summary>
    public IList<ContentColumn> AdminColumns { get; } = [];

    /// <summary>Filters that the public pages, the admin list and the API share, by query parameter name.</summary>
    public IList<ContentFilter> Filters { get; } = [];

    /// <summary>The order of public lists and the API; newest publication first when null.</summary>
    public Func<IQueryable<ContentVersion>, IOrderedQueryable<ContentVersion>>? DefaultOrder { get; set; }
}

/// <summary>A column of the admin list: a header and the text a version shows in it.</summary>
public sealed record ContentColumn(string Header, Func<ContentVersion, string?> Value);

/// <summary>
/// A filter on a type's lists, named after its query parameter ("issuer", "year", "month"). <see cref="Apply"/>
/// returns null when the value is not valid for the filter (the API answers 400, a page ignores it).
/// </summary>
public sealed record ContentFilter(string Name, string DisplayName, Func<IQueryable<ContentVersion>, string, IQueryable<ContentVersion>?> Apply);
