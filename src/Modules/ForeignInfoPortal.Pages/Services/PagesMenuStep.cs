using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Pages.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Pages.Services;

/// <summary>
/// <c>{ "step": "pages-menu", "entries": [ { "slug": "gioi-thieu", "order": 15 } ] }</c>: replaces the pages of the
/// public navigation. Every slug must be a page already created (by an earlier step).
/// </summary>
internal sealed class PagesMenuStep(ISettingsStore store, PortalDbContext db) : IRecipeStep
{
    public string Name => "pages-menu";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var entries = RecipeJson.RequiredArray(step, "entries").Select((e, i) => RecipeJson.Read<PagesMenuEntry>(e, $"entries[{i}]")).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var slug = entries[i].Slug;
            if (!seen.Add(slug))
            {
                throw new RecipeException($"Trang \"{slug}\" đã có trong trình đơn; mỗi trang chỉ ghi một lần.", $"entries[{i}].slug");
            }

            if (entries[i].Order is < PagesMenuSettings.MinOrder or > PagesMenuSettings.MaxOrder)
            {
                throw new RecipeException($"Thứ tự phải từ {PagesMenuSettings.MinOrder} đến {PagesMenuSettings.MaxOrder}.", $"entries[{i}].order");
            }

            if (!await db.ContentVersions.AnyAsync(
                    v => v.ContentType == PagesModule.ContentType && v.Slug == slug && v.Culture == PortalCultures.Vietnamese && v.ContentItem.DeletedUtc == null,
                    cancellationToken))
            {
                throw new RecipeException($"Không có trang \"{slug}\".", $"entries[{i}].slug");
            }
        }

        await store.SaveAsync(PagesMenuSettings.Key, new PagesMenuSettings { Entries = entries }, cancellationToken);
        return $"menu: {entries.Count} trang";
    }
}
