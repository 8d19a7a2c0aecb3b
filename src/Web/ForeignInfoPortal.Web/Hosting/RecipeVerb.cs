using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Recipes;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary><c>recipe FILE</c>: applies a recipe to the configured database and prints what it did.</summary>
internal sealed class RecipeVerb(IServiceScopeFactory scopes, PortalPaths paths) : IHostVerb
{
    public string Name => "recipe";

    public string Usage => "recipe FILE       apply a recipe (a path, or a name in recipes/ such as \"demo\")";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<IRecipeRunner>();
        try
        {
            var result = await runner.RunFileAsync(paths.ResolveRecipe(arguments[0]), cancellationToken);
            await output.WriteLineAsync($"Đã áp dụng công thức \"{result.Name}\":");
            foreach (var line in result.Steps)
            {
                await output.WriteLineAsync($"  {line}");
            }

            return 0;
        }
        catch (RecipeException ex)
        {
            await output.WriteLineAsync($"Công thức bị từ chối, không có thay đổi nào được lưu. {ex.Message}");
            return 1;
        }
    }
}
