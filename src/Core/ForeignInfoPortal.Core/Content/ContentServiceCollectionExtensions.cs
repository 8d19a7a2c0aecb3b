using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Content;

/// <summary>Registration of content types by modules.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>Registers a content type whose fields are <typeparamref name="TFields"/>.</summary>
    public static IServiceCollection AddContentType<TFields>(
        this IServiceCollection services, string name, string displayName, Action<ContentTypeOptions>? configure = null)
        where TFields : class, IContentFields, new()
    {
        var options = new ContentTypeOptions();
        configure?.Invoke(options);
        var definition = new ContentTypeDefinition
        {
            Name = name,
            DisplayName = displayName,
            FieldsType = typeof(TFields),
            EditorPartial = options.EditorPartial,
            PublicUrl = options.PublicUrl,
        };
        services.AddSingleton(definition);
        services.AddSingleton<Security.IPermissionProvider>(new ContentPermissionProvider(definition.Permissions));
        return services;
    }
}

/// <summary>Optional parts of a content type registration.</summary>
public sealed class ContentTypeOptions
{
    public string? EditorPartial { get; set; }

    public Func<ContentVersion, string>? PublicUrl { get; set; }
}
