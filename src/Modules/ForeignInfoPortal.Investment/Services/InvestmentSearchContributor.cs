using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Investment.Models;
using Microsoft.Extensions.Localization;

namespace ForeignInfoPortal.Investment.Services;

/// <summary>
/// A project is found by its objective, description, location, sector and contact besides its name; the sector and
/// form in the project's language (the index writer runs contributors in it).
/// </summary>
internal sealed class ProjectSearchContributor(IStringLocalizer<InvestmentStrings> text) : ISearchContributor
{
    public string ContentType => InvestmentModule.ProjectType;

    public Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (ProjectFields)context.Fields;
        context.Text.Add(fields.Objective);
        context.Text.Add(fields.Location);
        context.Text.Add(InvestmentCatalog.NameIn(text, InvestmentCatalog.Fields, fields.Field));
        context.Text.Add(InvestmentCatalog.NameIn(text, InvestmentCatalog.Forms, fields.InvestmentForm));
        context.Text.Add(fields.Description);
        context.Text.Add(fields.ContactName);
        return Task.CompletedTask;
    }
}

/// <summary>A policy is found by its text, sector (in the policy's language) and legal basis besides its title.</summary>
internal sealed class PolicySearchContributor(IStringLocalizer<InvestmentStrings> text) : ISearchContributor
{
    public string ContentType => InvestmentModule.PolicyType;

    public Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (PolicyFields)context.Fields;
        context.Text.Add(fields.Body);
        context.Text.Add(InvestmentCatalog.NameIn(text, InvestmentCatalog.Fields, fields.Field));
        context.Text.Add(fields.LegalBasis);
        return Task.CompletedTask;
    }
}
