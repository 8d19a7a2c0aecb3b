using System.Text.Json;

namespace ForeignInfoPortal.Core.Recipes;

/// <summary>
/// One kind of recipe step ("settings", "units", "content"...). Modules add their own. A step throws
/// <see cref="RecipeException"/> with the field at fault; the runner adds the step and rolls back.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of the step's "step" property.</summary>
    string Name { get; }

    /// <summary>Applies the step and returns a line that says what it did.</summary>
    Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken);
}

/// <summary>What a step may know about the run.</summary>
public sealed class RecipeContext(string recipeName, string baseFolder)
{
    public string RecipeName { get; } = recipeName;

    /// <summary>The folder relative file names in the recipe are taken from (the recipe file's own).</summary>
    public string BaseFolder { get; } = baseFolder;
}
