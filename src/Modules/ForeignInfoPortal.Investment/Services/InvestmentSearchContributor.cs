using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Investment.Models;

namespace ForeignInfoPortal.Investment.Services;

/// <summary>A project is found by its objective, description, location, sector and contact besides its name.</summary>
internal sealed class ProjectSearchContributor : ISearchContributor
{
    public string ContentType => InvestmentModule.ProjectType;

    public Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (ProjectFields)context.Fields;
        context.Text.Add(fields.Objective);
        context.Text.Add(fields.Location);
        context.Text.Add(InvestmentCatalog.NameOf(InvestmentCatalog.Fields, fields.Field));
        context.Text.Add(InvestmentCatalog.NameOf(InvestmentCatalog.Forms, fields.InvestmentForm));
        context.Text.Add(fields.Description);
        context.Text.Add(fields.ContactName);
        return Task.CompletedTask;
    }
}

/// <summary>A policy is found by its text, sector and legal basis besides its title.</summary>
internal sealed class PolicySearchContributor : ISearchContributor
{
    public string ContentType => InvestmentModule.PolicyType;

    public Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (PolicyFields)context.Fields;
        context.Text.Add(fields.Body);
        context.Text.Add(InvestmentCatalog.NameOf(InvestmentCatalog.Fields, fields.Field));
        context.Text.Add(fields.LegalBasis);
        return Task.CompletedTask;
    }
}
