using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Core.Recipes;

/// <summary>Runs recipes: JSON documents with a name, a description and ordered steps.</summary>
public interface IRecipeRunner
{
    /// <summary>Applies every step in one transaction; on any error nothing is applied and a <see cref="RecipeException"/> says where.</summary>
    Task<RecipeResult> RunAsync(string json, CancellationToken cancellationToken = default);

    /// <summary>Reads a recipe file and runs it.</summary>
    Task<RecipeResult> RunFileAsync(string path, CancellationToken cancellationToken = default);
}

internal sealed class RecipeRunner(PortalDbContext db, IEnumerable<IRecipeStep> steps, ModuleCatalog modules) : IRecipeRunner
{
    private static readonly JsonDocumentOptions ParseOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public async Task<RecipeResult> RunFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException($"Không tìm thấy tệp công thức \"{path}\".");
        }

        return await RunAsync(await File.ReadAllTextAsync(path, cancellationToken), cancellationToken);
    }

    public async Task<RecipeResult> RunAsync(string json, CancellationToken cancellationToken = default)
    {
        using var document = Parse(json);
        var root = document.RootElement;
        var name = RecipeJson.RequiredString(root, "name");
        if (!root.TryGetProperty("steps", out var stepArray) || stepArray.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException("Công thức phải có mảng \"steps\".", "steps");
        }

        var byName = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var context = new RecipeContext(name);
        var lines = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var index = 0;
            foreach (var step in stepArray.EnumerateArray())
            {
                index++;
                var stepName = step.ValueKind == JsonValueKind.Object && step.TryGetProperty("step", out var s) && s.ValueKind == JsonValueKind.String
                    ? s.GetString()!
                    : throw new RecipeException("Mỗi bước phải là một đối tượng có thuộc tính \"step\".", "step").InStep(index, "?");
                if (!byName.TryGetValue(stepName, out var handler))
                {
                    throw new RecipeException($"Không có loại bước \"{stepName}\". Các loại có: {string.Join(", ", byName.Keys.Order())}.", "step")
                        .InStep(index, stepName);
                }

                // "requires": a step for a module that is switched off is skipped, so one setup recipe serves every configuration.
                if (RecipeJson.OptionalString(step, "requires") is { } required
                    && !modules.Enabled.Any(m => string.Equals(m.Name, required, StringComparison.OrdinalIgnoreCase)))
                {
                    lines.Add($"{index}. {stepName}: bỏ qua (mô-đun {required} đang tắt)");
                    continue;
                }

                try
                {
                    lines.Add($"{index}. {stepName}: {await handler.ExecuteAsync(step, context, cancellationToken)}");
                }
                catch (RecipeException ex)
                {
                    throw ex.InStep(index, stepName);
                }
            }

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
