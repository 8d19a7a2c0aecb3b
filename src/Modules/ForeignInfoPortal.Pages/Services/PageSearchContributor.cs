using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Pages.Models;

namespace ForeignInfoPortal.Pages.Services;

/// <summary>A page is found by its text and by the names and positions of its spokespeople.</summary>
internal sealed class PageSearchContributor : ISearchContributor
{
    public string ContentType => PagesModule.ContentType;

    public Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (PageFields)context.Fields;
        context.Text.Add(fields.Body);
        context.Text.AddRange(fields.Spokespeople.Select(p => $"{p.Name}, {p.Position}"));
        return Task.CompletedTask;
    }
}
