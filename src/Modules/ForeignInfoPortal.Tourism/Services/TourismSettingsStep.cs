using System.Text.Json;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Tourism.Models;

namespace ForeignInfoPortal.Tourism.Services;

/// <summary>
/// <c>{ "step": "tourism-settings", "map": { "tileUrl": "https://…/{z}/{x}/{y}.png", "tileAttribution": "…", "maxZoom": 19 } }</c>:
/// replaces the map settings, checked by the same rules as the admin page.
/// </summary>
internal sealed class TourismSettingsStep(ISettingsStore store) : IRecipeStep
{
    public string Name => "tourism-settings";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("map", out var map) || map.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException("Thiếu đối tượng \"map\".", "map");
        }

        var settings = RecipeJson.Read<TourismSettings>(map, "map");
        await store.SaveAsync(TourismSettings.Key, settings, cancellationToken);
        return settings.HasMap ? "bản đồ du lịch đã cấu hình" : "bản đồ du lịch tắt";
    }
}
