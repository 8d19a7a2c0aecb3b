using System.Text.Json;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Documents.Models;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>
/// <c>{ "step": "document-settings", "issuingBodies": [ { "code", "name" } ], "fields": [ { "code", "name" } ],
/// "signers": [ { "name", "position" } ] }</c>: replaces the lists it names and keeps the others.
/// </summary>
internal sealed class DocumentSettingsStep(ISettingsStore store) : IRecipeStep
{
    public string Name => "document-settings";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var settings = await DocumentsSettingsReader.ReadAsync(store, cancellationToken);
        if (ReadList<DocumentListEntry>(step, "issuingBodies") is { } bodies)
        {
            settings.IssuingBodies = Checked(bodies, "issuingBodies");
        }

        if (ReadList<DocumentListEntry>(step, "fields") is { } fields)
        {
            settings.Fields = Checked(fields, "fields");
        }

        if (ReadList<DocumentSigner>(step, "signers") is { } signers)
        {
            settings.Signers = signers;
        }

        await store.SaveAsync(DocumentsSettings.Key, settings, cancellationToken);
        return $"danh mục văn bản: {settings.IssuingBodies.Count} cơ quan ban hành, {settings.Fields.Count} lĩnh vực, {settings.Signers.Count} người ký";
    }

    private static List<T>? ReadList<T>(JsonElement step, string property) =>
        step.TryGetProperty(property, out _)
            ? RecipeJson.RequiredArray(step, property).Select((e, i) => RecipeJson.Read<T>(e, $"{property}[{i}]")).ToList()
            : null;

    private static List<DocumentListEntry> Checked(List<DocumentListEntry> entries, string property)
    {
        var error = DocumentsSettingsRules.CheckEntries(entries).FirstOrDefault();
        return error is null ? entries : throw new RecipeException(error, property);
    }
}
