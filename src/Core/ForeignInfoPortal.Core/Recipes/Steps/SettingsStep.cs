using System.Text.Json;
using ForeignInfoPortal.Core.Settings;

namespace ForeignInfoPortal.Core.Recipes.Steps;

/// <summary><c>{ "step": "settings", "site": { ...SiteSettings } }</c>: replaces the site settings.</summary>
internal sealed class SettingsStep(ISettingsStore store) : IRecipeStep
{
    public string Name => "settings";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("site", out var site))
        {
            throw new RecipeException("Thiếu đối tượng \"site\".", "site");
        }

        var settings = RecipeJson.Read<SiteSettings>(site, "site");
        await store.SaveAsync(SiteSettings.Key, settings, cancellationToken);
        return $"cấu hình cổng \"{settings.PortalName}\" của {settings.BodyName}";
    }
}
