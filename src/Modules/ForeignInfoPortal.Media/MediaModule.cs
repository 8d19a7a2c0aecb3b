using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Media.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Media;

/// <summary>The Media module's entry: the library's tables, the image pipeline, the picture markup and the picker.</summary>
public sealed class MediaModule : IModule
{
    public string Name => "Media";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => MediaModel.Configure(modelBuilder);
}
