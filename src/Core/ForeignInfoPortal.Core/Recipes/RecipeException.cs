namespace ForeignInfoPortal.Core.Recipes;

/// <summary>
/// A recipe was refused. <see cref="Step"/> and <see cref="Field"/> say where: "step 3 (content),
/// items[2].fields.body". Nothing of the recipe was applied.
/// </summary>
public sealed class RecipeException(string message, string? field = null, int? step = null, string? stepName = null)
    : Exception(Describe(message, field, step, stepName))
{
    public string Reason { get; } = message;

    public string? Field { get; } = field;

    /// <summary>1-based index of the step at fault.</summary>
    public int? Step { get; } = step;

    public string? StepName { get; } = stepName;

    /// <summary>The same error, placed in a step.</summary>
    public RecipeException InStep(int step, string stepName) => new(Reason, Field, step, stepName);

    /// <summary>The same error, with a field path prefixed ("items[2]" + ".title").</summary>
    public RecipeException Under(string prefix) =>
        new(Reason, Field is null ? prefix : $"{prefix}.{Field}", Step, StepName);

    private static string Describe(string message, string? field, int? step, string? stepName)
    {
        var where = step is null ? "" : $"Bước {step} ({stepName})";
        if (field is not null)
        {
            where = where.Length == 0 ? $"Trường {field}" : $"{where}, trường {field}";
        }

        return where.Length == 0 ? message : $"{where}: {message}";
    }
}
