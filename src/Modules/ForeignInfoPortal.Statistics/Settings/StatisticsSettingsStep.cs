using System.Text.Json;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Settings;

namespace ForeignInfoPortal.Statistics.Settings;

/// <summary><c>{ "step": "statistics-settings", "statistics": { "reportSymbol": "BC-UBND" } }</c>: replaces the statistics settings.</summary>
internal sealed class StatisticsSettingsStep(ISettingsStore store) : IRecipeStep
{
    public string Name => "statistics-settings";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("statistics", out var statistics))
        {
            throw new RecipeException("Thiếu đối tượng \"statistics\".", "statistics");
        }

        var settings = RecipeJson.Read<StatisticsSettings>(statistics, "statistics");
        await store.SaveAsync(StatisticsSettings.Key, settings, cancellationToken);
        return $"cấu hình báo cáo thống kê: ký hiệu {settings.ReportSymbol}";
    }
}
