using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Core.Search;

namespace ForeignInfoPortal.Broadcasts.Services;

/// <summary>A broadcast is found by its series, transcript and tags besides its title and summary.</summary>
internal sealed class BroadcastSearchContributor : ISearchContributor
{
    public string ContentType => BroadcastsModule.ContentType;

    public Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (BroadcastFields)context.Fields;
        context.Text.Add(fields.Series);
        context.Text.Add(fields.Transcript);
        context.Text.Add(string.Join(", ", fields.Tags));
        return Task.CompletedTask;
    }
}
