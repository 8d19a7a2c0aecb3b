namespace ForeignInfoPortal.Core.Content;

/// <summary>A content type as its module registers it.</summary>
public sealed class ContentTypeDefinition
{
    /// <summary>The technical name used in URLs and storage, e.g. "News".</summary>
    public required string Name { get; init; }

    /// <summary>The name editors read, e.g. "Tin tức".</summary>
    public required string DisplayName { get; init; }

    /// <summary>The class that holds the type's own fields.</summary>
    public required Type FieldsType { get; init; }

    /// <summary>The partial view that edits the type's fields in the admin editor.</summary>
    public string? EditorPartial { get; init; }

    /// <summary>The public path of a published item, from its slug and culture; null when the type has no public page.</summary>
    public Func<ContentVersion, string>? PublicUrl { get; init; }

    /// <summary>Subtypes in display order, code → Vietnamese name; empty when the type has none.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Subtypes { get; init; } = [];

    /// <summary>Extra columns of the admin list.</summary>
    public IReadOnlyList<ContentColumn> AdminColumns { get; init; } = [];

    /// <summary>Filters shared by the public pages, the admin list and the API.</summary>
    public IReadOnlyList<ContentFilter> Filters { get; init; } = [];

    /// <summary>The order of public lists and the API; null means newest publication first.</summary>
    public Func<IQueryable<ContentVersion>, IOrderedQueryable<ContentVersion>>? DefaultOrder { get; init; }

    /// <summary>The API path segment, lower case ("news", "broadcasts").</summary>
    public required string ApiName { get; init; }

    /// <summary>The permissions that govern this type.</summary>
    public ContentPermissions Permissions => new(Name, DisplayName);

    /// <summary>A new, empty fields object.</summary>
    public IContentFields CreateFields() => (IContentFields)Activator.CreateInstance(FieldsType)!;
}
