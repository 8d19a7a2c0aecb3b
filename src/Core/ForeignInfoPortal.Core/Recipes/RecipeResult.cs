namespace ForeignInfoPortal.Core.Recipes;

/// <summary>What a recipe did: its name and a line per step.</summary>
public sealed record RecipeResult(string Name, IReadOnlyList<string> Steps);
