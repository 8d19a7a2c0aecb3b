using System.Text.Json;
using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Core.Recipes;

namespace ForeignInfoPortal.Broadcasts.Services;

/// <summary>
/// <c>{ "step": "broadcast-settings", "channels": [ { "code": "ptth-tinh", "name": "Đài Phát thanh - Truyền hình tỉnh" } ] }</c>:
/// replaces the channel list.
/// </summary>
internal sealed class BroadcastSettingsStep(BroadcastSettingsService settings) : IRecipeStep
{
    public string Name => "broadcast-settings";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var channels = RecipeJson.RequiredArray(step, "channels")
            .Select((element, i) => RecipeJson.Under($"channels[{i}]", () => RecipeJson.Read<BroadcastChannel>(element, "")))
            .ToList();
        var errors = BroadcastChannelList.Validate(channels);
        if (errors.Count > 0)
        {
            throw new RecipeException(errors[0], "channels");
        }

        await settings.SaveAsync(new BroadcastsSettings { Channels = channels }, cancellationToken);
        return $"{channels.Count} kênh phát sóng";
    }
}
