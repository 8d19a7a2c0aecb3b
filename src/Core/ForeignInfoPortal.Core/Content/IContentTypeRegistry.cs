namespace ForeignInfoPortal.Core.Content;

/// <summary>The content types of the enabled modules.</summary>
public interface IContentTypeRegistry
{
    IReadOnlyList<ContentTypeDefinition> All { get; }

    /// <summary>Finds a type by its name or API name, ignoring case.</summary>
    ContentTypeDefinition? Find(string name);
}

internal sealed class ContentTypeRegistry(IEnumerable<ContentTypeDefinition> definitions) : IContentTypeRegistry
{
    public IReadOnlyList<ContentTypeDefinition> All { get; } = definitions.ToList();

    public ContentTypeDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(d => string.Equals(d.ApiName, name, StringComparison.OrdinalIgnoreCase));
}
