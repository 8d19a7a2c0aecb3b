namespace ForeignInfoPortal.Web.Hosting;

/// <summary>Where the host keeps its data and finds its recipes.</summary>
internal sealed record PortalPaths(string DataFolder, string RecipesFolder)
{
    /// <summary>A recipe path as given, or a bare name ("demo", "demo.recipe.json") in the recipes folder.</summary>
    public string ResolveRecipe(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
        {
            return Path.GetFullPath(nameOrPath);
        }

        var fileName = nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? nameOrPath : $"{nameOrPath}.recipe.json";
        var inFolder = Path.Combine(RecipesFolder, fileName);
        return File.Exists(inFolder) ? inFolder : nameOrPath;
    }
}
