using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Core.Recipes;

/// <summary>Runs recipes: JSON documents with a name, a description and ordered steps.</summary>
public interface IRecipeRunner
{
    /// <summary>
    /// Applies every step in one transaction; on any error nothing is applied and a <see cref="RecipeException"/>
    /// says where. Relative file names in the recipe are taken from <paramref name="baseFolder"/> (the current
    /// folder when null).
    /// </summary>
    Task<RecipeResult> RunAsync(string json, string? baseFolder = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a recipe file and runs it; its folder is the base of the relative file names inside.</summary>
    Task<RecipeResult> RunFileAsync(string path, CancellationToken cancellationToken = default);
}

/// <summary>
/// Besides the registered <see cref="IRecipeStep"/>s, the runner knows one step itself:
/// <c>{ "step": "recipe", "file": "demo.documents.recipe.json" }</c> applies another recipe's steps inside the same
/// transaction, so each module can keep its demo content in a file of its own.
/// </summary>
internal sealed class RecipeRunner(PortalDbContext db, IEnumerable<IRecipeStep> steps, ModuleCatalog modules) : IRecipeRunner
{
    private const string IncludeStep = "recipe";
    private static readonly JsonDocumentOptions ParseOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public async Task<RecipeResult> RunFileAsync(string path, CancellationToken cancellationToken = default) =>
        await RunAsync(await ReadAsync(path, cancellationToken), Path.GetDirectoryName(Path.GetFullPath(path)), cancellationToken);

    public async Task<RecipeResult> RunAsync(string json, string? baseFolder = null, CancellationToken cancellationToken = default)
    {
        using var document = Parse(json);
        var name = RecipeJson.RequiredString(document.RootElement, "name");
        var context = new RecipeContext(name, baseFolder ?? Directory.GetCurrentDirectory());
        var lines = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteStepsAsync(document.RootElement, context, lines, "", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }

        return new RecipeResult(name, lines);
    }

    private async Task ExecuteStepsAsync(JsonElement root, RecipeContext context, List<string> lines, string numbering, CancellationToken cancellationToken)
    {
        if (!root.TryGetProperty("steps", out var stepArray) || stepArray.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException("Công thức phải có mảng \"steps\".", "steps");
        }

        var byName = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var step in stepArray.EnumerateArray())
        {
            index++;
            var stepName = step.ValueKind == JsonValueKind.Object && step.TryGetProperty("step", out var s) && s.ValueKind == JsonValueKind.String
                ? s.GetString()!
                : throw new RecipeException("Mỗi bước phải là một đối tượng có thuộc tính \"step\".", "step").InStep(index, "?");
            try
            {
                // "requires": a step for a module that is switched off is skipped, so one recipe serves every configuration.
                if (RecipeJson.OptionalString(step, "requires") is { } required
                    && !modules.Enabled.Any(m => string.Equals(m.Name, required, StringComparison.OrdinalIgnoreCase)))
                {
                    lines.Add($"{numbering}{index}. {stepName}: bỏ qua (mô-đun {required} đang tắt)");
                }
                else if (string.Equals(stepName, IncludeStep, StringComparison.OrdinalIgnoreCase))
                {
                    await IncludeAsync(step, context, lines, $"{numbering}{index}.", cancellationToken);
                }
                else if (byName.TryGetValue(stepName, out var handler))
                {
                    lines.Add($"{numbering}{index}. {stepName}: {await handler.ExecuteAsync(step, context, cancellationToken)}");
                }
                else
                {
                    var known = byName.Keys.Append(IncludeStep).Order(StringComparer.Ordinal);
                    throw new RecipeException($"Không có loại bước \"{stepName}\". Các loại có: {string.Join(", ", known)}.", "step");
                }
            }
            catch (RecipeException ex) when (ex.Step is null)
            {
                throw ex.InStep(index, stepName);
            }
        }
    }

    private async Task IncludeAsync(JsonElement step, RecipeContext context, List<string> lines, string numbering, CancellationToken cancellationToken)
    {
        var file = RecipeJson.RequiredString(step, "file");
        var path = Path.GetFullPath(file, context.BaseFolder);
        using var document = Parse(await ReadAsync(path, cancellationToken));
        var included = new RecipeContext(RecipeJson.RequiredString(document.RootElement, "name"), Path.GetDirectoryName(path)!);
        lines.Add($"{numbering} {IncludeStep}: {included.RecipeName} ({file})");
        try
        {
            await ExecuteStepsAsync(document.RootElement, included, lines, numbering, cancellationToken);
        }
        catch (RecipeException ex)
        {
            throw new RecipeException($"{file}: {ex.Message}", "file");
        }
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path)
            ? await File.ReadAllTextAsync(path, cancellationToken)
            : throw new RecipeException($"Không tìm thấy tệp công thức \"{path}\".");

    private static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException ex)
        {
            throw new RecipeException($"Công thức không phải JSON hợp lệ (dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}).");
        }
    }
}
