using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Media.Imaging;
using ForeignInfoPortal.Media.Models;
using ForeignInfoPortal.Media.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Media;

/// <summary>
/// The Media module's entry: the library's tables, the libvips image pipeline, the <c>/anh</c> route, the picture
/// markup (<see cref="IResponsiveImages"/>, replacing the core's plain fallback), the picker view component, the
/// admin pages and the <c>media derive</c> verb.
/// </summary>
public sealed class MediaModule : IModule
{
    public string Name => "Media";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The data folder is the file store's parent, as the host resolved it.
        services.AddSingleton(sp => MediaOptions.From(configuration,
            Path.GetDirectoryName(sp.GetRequiredService<FileStoreOptions>().Root) ?? "App_Data"));
        services.AddSingleton<ImageProcessor>();
        services.AddSingleton<DerivedImages>();
        services.AddSingleton<MediaCatalog>();
        services.AddSingleton<Core.Web.IEarlyResponder, CachedPictureResponder>();
        services.AddSingleton<IResponsiveImages, ResponsiveImages>(); // after the core's TryAdd: this one wins
        services.AddScoped<MediaUpload>();
        services.AddScoped(sp => new MediaLibrary(sp.GetRequiredService<Core.Data.PortalDbContext>(), sp.GetRequiredService<IFileStore>(),
            sp.GetRequiredService<MediaUpload>(), sp.GetRequiredService<DerivedImages>(), sp.GetRequiredService<MediaCatalog>(),
            sp.GetRequiredService<MediaOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IContentMediaResolver, MediaReferenceResolver>();
        services.AddScoped<IContentHandler, MediaPublishCheck>();
        services.AddSingleton<IPermissionProvider, MediaPermissionProvider>();
        services.AddSingleton<IAdminMenuProvider, MediaAdminMenu>();
        services.AddSingleton<IHostVerb, MediaVerb>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => MediaEndpoints.Map(endpoints);

    public void ConfigureModel(ModelBuilder modelBuilder) => MediaModel.Configure(modelBuilder);
}

internal sealed class MediaAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Thư viện ảnh", "/admin/media", 90, MediaPermissions.Use)];
}
