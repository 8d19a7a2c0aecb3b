using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Recipes.Steps;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ForeignInfoPortal.Core;

/// <summary>Registers what the core provides to every module.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>Content manager, content types, settings, permissions, sanitiser and the recipe runner with its core steps.</summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IHtmlSanitizer, AllowListHtmlSanitizer>();
        services.AddSingleton<IContentTypeRegistry, ContentTypeRegistry>();
        services.AddScoped<ContentInputValidator>();
        services.AddScoped<Files.IFileStore, Files.FileStore>();

        // The S3Storage module replaces this when Portal:Storage:Provider is S3.
        services.TryAddSingleton<Files.IFileBlobStore, Files.LocalBlobStore>();

        // The host registers the real root ({Portal:DataFolder}/files); this default serves hosts that do not (tools, tests).
        services.TryAddSingleton(sp => new Files.FileStoreOptions(Path.Combine(
            sp.GetRequiredService<IConfiguration>()["Portal:DataFolder"] ?? "App_Data", "files")));
        services.AddScoped<IContentManager, ContentManager>();

        // The public item reads' own context on PostgreSQL (ADR 0026); the host's DatabaseOptions name the engine.
        services.TryAddSingleton<Data.PublicReadOptions>();
        services.TryAddScoped<Data.PublicReads>();

        // What a request read of the published content: the output cache's tags for its page.
        services.TryAddScoped<Caching.PageCacheReads>();
        services.AddScoped<ContentAccess>();

        // Public pages describe themselves here; the Discovery module writes it into the layout's head.
        services.AddScoped<Web.PageMetadata>();
        services.AddScoped<Localization.PageTranslations>();
        services.AddScoped<Taxonomy.CategoryCatalog>();
        Web.SecurityHeaders.AddSecurityHeaders(services);

        // The Media module replaces this with the libvips picture markup; without it pages keep plain images.
        services.TryAddSingleton<Media.IResponsiveImages, Media.PlainImages>();
        services.AddScoped<ISettingsStore, SettingsStore>();
        services.AddHttpContextAccessor();
        services.AddScoped<Audit.IAuditLog, Audit.AuditLog>();

        // Until the Workflow module says otherwise, every type is reviewed: only holders of Publish publish.
        services.TryAddScoped<IReviewPolicy, EveryTypeReviewed>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IPermissionProvider, StandardPermissionProvider>();
        services.AddScoped<IRecipeRunner, RecipeRunner>();
        services.AddScoped<IRecipeStep, SettingsStep>();
        services.AddScoped<IRecipeStep, UnitsStep>();
        services.AddScoped<IRecipeStep, RolesStep>();
        services.AddScoped<IRecipeStep, CategoriesStep>();
        services.AddScoped<IRecipeStep, FilesStep>();
        services.AddScoped<IRecipeStep, ContentStep>();
        return services;
    }
}
