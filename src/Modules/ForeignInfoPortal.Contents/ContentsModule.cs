using ForeignInfoPortal.Contents.Apis;
using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Contents;

/// <summary>
/// The Contents module's entry: the generic admin (list, editor, actions, history) and the read and write API
/// for every registered content type, and one admin menu entry per type.
/// </summary>
public sealed class ContentsModule : IModule
{
    public string Name => "Contents";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAdminMenuProvider, ContentsAdminMenu>();
        services.AddScoped<ContentUploads>();
        services.AddScoped<ContentTranslations>();
        services.AddScoped<MissingTranslations>();
        services.AddSingleton(new ContentEditorPanel("Translations", "TranslationsPanel", 30));
        services.AddSingleton<ContentApiLimits>();
        services.AddSingleton<ContentApiBody>();
        services.AddScoped<ContentApiWriter>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapContentApi();
        endpoints.MapContentWriteApi();
    }
}
