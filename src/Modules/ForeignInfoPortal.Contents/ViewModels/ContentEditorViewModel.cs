using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Units;

namespace ForeignInfoPortal.Contents.ViewModels;

/// <summary>The editor page: the posted input, the type's fields object and what the user may do.</summary>
public sealed class ContentEditorViewModel
{
    public required ContentTypeDefinition Type { get; init; }

    public required ContentEditorInput Input { get; init; }

    public required IContentFields Fields { get; init; }

    /// <summary>Null when creating.</summary>
    public ContentItem? Item { get; init; }

    /// <summary>True when the latest version is the public one (nothing newer to publish).</summary>
    public bool LatestIsPublished { get; init; }

    /// <summary>The public address of the published version, when the type has public pages.</summary>
    public string? PublicUrl { get; init; }

    public required IReadOnlyList<OrganizationUnit> Units { get; init; }

    /// <summary>True without EditAny: the unit list holds only the user's units and has no empty choice.</summary>
    public bool UnitRequired { get; init; }

    /// <summary>False for an item the user may only read (ViewDrafts): the form is shown disabled, without buttons.</summary>
    public bool CanSave { get; init; } = true;

    public bool CanPublish { get; init; }

    public bool CanUnpublish { get; init; }

    public bool CanDelete { get; init; }

    /// <summary>False: the publication date is shown read-only and the server keeps the stored one.</summary>
    public bool CanSetPublicationDate { get; init; }
}
