using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Tourism.Models;

namespace ForeignInfoPortal.Tourism.Services;

/// <summary>A site is found by its story, address, directions and season besides its title and summary.</summary>
internal sealed class TourismSearchContributor : ISearchContributor
{
    public string ContentType => TourismModule.ContentType;

    public Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (TourismFields)context.Fields;
        context.Text.Add(fields.Story);
        context.Text.Add(fields.Address);
        context.Text.Add(fields.HowToGetThere);
        context.Text.Add(fields.BestSeason);
        context.Text.AddRange(fields.Gallery.Select(g => g.Caption));
        return Task.CompletedTask;
    }
}
