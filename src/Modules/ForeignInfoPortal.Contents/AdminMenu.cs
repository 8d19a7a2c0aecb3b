using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Contents;

/// <summary>One admin menu entry per content type, for those who may at least draft it.</summary>
internal sealed class ContentsAdminMenu(IContentTypeRegistry types) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        types.All.Select((type, index) =>
            new AdminMenuItem(type.DisplayName, $"/admin/content/{type.Name}", 100 + index, type.Permissions.EditOwn))
            .Append(new AdminMenuItem("Thiếu bản dịch", "/" + Services.MissingTranslations.ListUrl, 190, Core.Security.StandardPermissions.AccessAdmin));
}
