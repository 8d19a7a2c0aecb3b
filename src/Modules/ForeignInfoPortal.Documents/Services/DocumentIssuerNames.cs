using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Core.Settings;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>
/// The issuing bodies of the documents settings by the value <see cref="DocumentSearchContributor"/> indexes (the
/// list's name), each in the culture asked for.
/// </summary>
internal sealed class DocumentIssuerNames(ISettingsStore settings) : ISearchIssuerNames
{
    public async Task<IReadOnlyDictionary<string, CultureText>> NamesInAsync(string culture, CancellationToken cancellationToken)
    {
        var documents = await DocumentsSettingsReader.ReadAsync(settings, cancellationToken);
        var names = new Dictionary<string, CultureText>(StringComparer.Ordinal);
        foreach (var body in documents.IssuingBodies)
        {
            names.TryAdd(body.Name, body.NameIn(culture));
        }

        return names;
    }
}
