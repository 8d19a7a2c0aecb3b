using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.News.Models;

namespace ForeignInfoPortal.News.Services;

/// <summary>A news article is found by its body, tags, author and source besides its title and summary; featured ones are pinned.</summary>
internal sealed class NewsSearchContributor : ISearchContributor
{
    public string ContentType => NewsModule.ContentType;

    public Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (NewsFields)context.Fields;
        context.Text.Add(fields.Body);
        context.Text.Add(string.Join(", ", fields.Tags));
        context.Text.Add(fields.Author);
        context.Text.Add(fields.Source);
        context.IsPinned = fields.Featured;
        return Task.CompletedTask;
    }
}
