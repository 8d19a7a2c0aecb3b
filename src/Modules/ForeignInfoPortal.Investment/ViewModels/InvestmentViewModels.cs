using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Investment.Models;

namespace ForeignInfoPortal.Investment.ViewModels;

/// <summary>One page of a list.</summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageCount, int Total);

/// <summary>A project as lists and the home section show it.</summary>
internal sealed record ProjectSummary(string Title, string Slug, string? Summary, string? FeaturedImage, ProjectFields Fields, string? WardName)
{
    public string Url => InvestmentUrls.Project(Slug);

    public string FieldName => InvestmentCatalog.NameOf(InvestmentCatalog.Fields, Fields.Field) ?? Fields.Field;

    public string StatusName => InvestmentCatalog.NameOf(InvestmentCatalog.Statuses, Fields.Status) ?? Fields.Status;
}

/// <summary>A policy as its list shows it.</summary>
internal sealed record PolicySummary(string Title, string Slug, string? Summary, DateTime? PublishedUtc, string? Field)
{
    public string Url => InvestmentUrls.Policy(Slug);

    public string? FieldName => InvestmentCatalog.NameOf(InvestmentCatalog.Fields, Field);
}

/// <summary>The model of /dau-tu.</summary>
internal sealed record ProjectListViewModel(ListPage<ProjectSummary> Page, ProjectListQuery Query, IReadOnlyList<KeyValuePair<string, string>> Wards);

/// <summary>The model of /dau-tu/du-an/{slug}.</summary>
internal sealed record ProjectDetailViewModel(ContentVersion Version, ProjectFields Fields, string? WardName)
{
    public string FieldName => InvestmentCatalog.NameOf(InvestmentCatalog.Fields, Fields.Field) ?? Fields.Field;

    public string StatusName => InvestmentCatalog.NameOf(InvestmentCatalog.Statuses, Fields.Status) ?? Fields.Status;

    public string FormName => InvestmentCatalog.NameOf(InvestmentCatalog.Forms, Fields.InvestmentForm) ?? Fields.InvestmentForm;
}

/// <summary>The model of /dau-tu/chinh-sach.</summary>
internal sealed record PolicyListViewModel(ListPage<PolicySummary> Page, string? Field);

/// <summary>The model of /dau-tu/chinh-sach/{slug}.</summary>
internal sealed record PolicyDetailViewModel(ContentVersion Version, PolicyFields Fields)
{
    public string? FieldName => InvestmentCatalog.NameOf(InvestmentCatalog.Fields, Fields.Field);
}
