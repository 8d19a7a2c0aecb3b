using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Workflow.Models;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>The review policy from the module's settings; read once per request.</summary>
internal sealed class SettingsReviewPolicy(ISettingsStore settings) : IReviewPolicy
{
    private HashSet<string>? _withoutReview;

    public async Task<bool> RequiresReviewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        _withoutReview ??= (await settings.GetAsync<ReviewSettings>(ReviewSettings.Key, cancellationToken))
            .TypesWithoutReview.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return !_withoutReview.Contains(contentType);
    }
}
