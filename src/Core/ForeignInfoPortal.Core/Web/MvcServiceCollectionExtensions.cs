using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// MVC as every module expects it. These are the host's rules, not a module's: switching a module off must
/// not open the admin or change how forms speak.
/// </summary>
public static class MvcServiceCollectionExtensions
{
    public static IMvcBuilder AddPortalMvc(this IServiceCollection services)
    {
        // Razor's default encoder writes every Vietnamese letter outside Basic Latin as an entity ("&#x1EA1;"):
        // pages three times heavier and unreadable in source. Letters of every script are safe in HTML text.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

            // One gate for every module: an admin controller gets it by its route, not by remembering an attribute.
            options.Filters.Add<AdminGateFilter>();

            // Validation rules are the explicit data annotations with Vietnamese messages; the implicit
            // [Required] of non-nullable strings would add English ones.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            VietnameseBindingMessages.Apply(options.ModelBindingMessageProvider);
        });
    }
}
