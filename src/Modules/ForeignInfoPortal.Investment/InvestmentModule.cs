using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Investment.Models;
using ForeignInfoPortal.Investment.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Investment;

/// <summary>
/// The Investment module's entry: projects calling for investment and investment policies (two content types with
/// shared filters), their public pages under /dau-tu, the navigation entry and the home section of projects.
/// </summary>
public sealed class InvestmentModule : IModule
{
    /// <summary>The projects' content type, as stored and as recipes write it.</summary>
    public const string ProjectType = "InvestmentProject";

    /// <summary>The policies' content type.</summary>
    public const string PolicyType = "InvestmentPolicy";

    public string Name => "Investment";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentType<ProjectFields>(ProjectType, "Dự án kêu gọi đầu tư", o =>
        {
            o.ApiName = "investment-projects";
            o.EditorPartial = "~/Views/Investment/_ProjectFieldsEditor.cshtml";
            o.PublicUrl = v => InvestmentUrls.Project(v.Slug);
            o.AdminColumns.Add(new ContentColumn("Lĩnh vực", v => InvestmentCatalog.NameOf(InvestmentCatalog.Fields, v.GetFields<ProjectFields>().Field)));
            o.AdminColumns.Add(new ContentColumn("Tình trạng", v => InvestmentCatalog.NameOf(InvestmentCatalog.Statuses, v.GetFields<ProjectFields>().Status)));
            o.AdminColumns.Add(new ContentColumn("Tổng vốn", v => v.GetFields<ProjectFields>().TotalCapital is { } c ? InvestmentMoney.Format(c) : null));
            o.Filters.Add(new ContentFilter("field", "Lĩnh vực", InvestmentFilters.Field));
            o.Filters.Add(new ContentFilter("status", "Tình trạng", InvestmentFilters.Status));
            o.Filters.Add(new ContentFilter("ward", "Phường, xã", InvestmentFilters.Ward));
        });
        services.AddContentType<PolicyFields>(PolicyType, "Chính sách ưu đãi đầu tư", o =>
        {
            o.ApiName = "investment-policies";
            o.EditorPartial = "~/Views/Investment/_PolicyFieldsEditor.cshtml";
            o.PublicUrl = v => InvestmentUrls.Policy(v.Slug);
            o.AdminColumns.Add(new ContentColumn("Lĩnh vực", v => InvestmentCatalog.NameOf(InvestmentCatalog.Fields, v.GetFields<PolicyFields>().Field)));
            o.Filters.Add(new ContentFilter("field", "Lĩnh vực", InvestmentFilters.Field));
        });
        services.AddScoped<ISearchContributor, ProjectSearchContributor>();
        services.AddScoped<ISearchContributor, PolicySearchContributor>();
        services.AddSingleton<INavigationProvider, InvestmentNavigation>();
        services.AddSingleton(new HomeSection("Dự án kêu gọi đầu tư", "InvestmentProjects", 40));
    }
}
