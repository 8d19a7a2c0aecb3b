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
            ApiName = options.ApiName ?? name.ToLowerInvariant(),
            Subtypes = options.Subtypes.ToList(),
            AdminColumns = options.AdminColumns.ToList(),
            Filters = options.Filters.ToList(),
            DefaultOrder = options.DefaultOrder,
        };
        services.AddSingleton(definition);
        services.AddSingleton<Security.IPermissionProvider>(new ContentPermissionProvider(definition.Permissions));
        return services;
    }
}
