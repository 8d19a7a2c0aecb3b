using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Documents.Models;
using ForeignInfoPortal.Documents.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Documents;

/// <summary>
/// The Documents module's entry: the <c>Document</c> content type (văn bản chỉ đạo điều hành) with its subtypes,
/// admin columns, shared filters and order; the public library; the settings lists, their admin page and recipe step.
/// </summary>
public sealed class DocumentsModule : IModule
{
    /// <summary>The content type's name, as stored and as recipes write it.</summary>
    public const string ContentType = "Document";

    /// <summary>The partial the admin editor renders for the fields (model <see cref="DocumentFields"/>, prefix "Fields").</summary>
    public const string EditorPartial = "~/Views/Documents/_DocumentFieldsEditor.cshtml";

    public string Name => "Documents";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentType<DocumentFields>(ContentType, "Văn bản chỉ đạo điều hành", o =>
        {
            o.ApiName = "documents";
            o.EditorPartial = EditorPartial;
            o.PublicUrl = v => DocumentsUrls.Item(v.Slug);
            foreach (var (code, name) in DocumentTypes.All)
            {
                o.Subtypes[code] = name;
            }

            o.AdminColumns.Add(new ContentColumn("Số, ký hiệu", v => v.GetFields<DocumentFields>().NumberAndSymbol));
            o.AdminColumns.Add(new ContentColumn("Loại", v => DocumentTypes.NameOf(v.Subtype)));
            o.AdminColumns.Add(new ContentColumn("Ngày ban hành", v => DocumentsFormat.Date(v.GetFields<DocumentFields>().IssueDate)));
            o.Filters.Add(new ContentFilter("issuer", "Cơ quan ban hành", DocumentFilters.Issuer));
            o.Filters.Add(new ContentFilter("field", "Lĩnh vực", DocumentFilters.Field));
            o.Filters.Add(new ContentFilter("year", "Năm ban hành", DocumentFilters.Year));
            o.Filters.Add(new ContentFilter("status", "Tình trạng hiệu lực", DocumentFilters.Status));
            o.Filters.Add(new ContentFilter("number", "Số, ký hiệu", DocumentFilters.Number));
            o.DefaultOrder = q => q.OrderByIndexDate(DocumentIndex.IssueDate, descending: true).ThenByDescending(v => v.Id);
        });
        services.AddScoped<IRecipeStep, DocumentSettingsStep>();
        services.AddScoped<Core.Search.ISearchContributor, DocumentSearchContributor>();
        services.AddScoped<Core.Search.ISearchIssuerNames, DocumentIssuerNames>();
        services.AddSingleton<INavigationProvider, DocumentsNavigation>();
        services.AddSingleton(DocumentsPermissions.Provider);
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton(new HomeSection("Văn bản mới", "LatestDocuments", 20));
    }
}
