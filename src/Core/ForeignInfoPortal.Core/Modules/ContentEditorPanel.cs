namespace ForeignInfoPortal.Core.Modules;

/// <summary>
/// A panel a module adds to the content editor of a saved item (review, scheduling…): the editor renders the view
/// component <see cref="ViewComponent"/> in <see cref="Order"/> beside the form, invoking it with
/// <see cref="ContentEditorPanelContext"/>. A panel posts to its own module's endpoints, never into the editor's form,
/// and renders nothing when it has nothing for the user.
/// </summary>
public sealed record ContentEditorPanel(string Name, string ViewComponent, int Order);

/// <summary>What a panel is given: the item (with its versions) and its type.</summary>
public sealed record ContentEditorPanelContext(Content.ContentItem Item, Content.ContentTypeDefinition Type);
