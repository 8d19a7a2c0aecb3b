using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Taxonomy;
using ForeignInfoPortal.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "step": "categories", "contentType": "News", "culture": "vi", "categories": [ { "name", "slug"? } ] }</c>:
/// adds or renames categories, keyed by slug.
/// </summary>
internal sealed class CategoriesStep(PortalDbContext db, IContentTypeRegistry types) : IRecipeStep
{
    public string Name => "categories";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var typeName = RecipeJson.RequiredString(step, "contentType");
        var type = types.Find(typeName) ?? throw new RecipeException($"Không có loại nội dung \"{typeName}\" (hoặc mô-đun của nó đang tắt).", "contentType");
        var culture = RecipeJson.OptionalString(step, "culture") ?? PortalCultures.Vietnamese;
        if (!PortalCultures.All.Contains(culture))
        {
            throw new RecipeException("Ngôn ngữ phải là \"vi\" hoặc \"en\".", "culture");
        }

        var index = 0;
        foreach (var element in RecipeJson.RequiredArray(step, "categories"))
        {
            var field = $"categories[{index}]";
            var name = RecipeJson.Under(field, () => RecipeJson.RequiredString(element, "name"));
            var slug = VietnameseText.Slugify(RecipeJson.Under(field, () => RecipeJson.OptionalString(element, "slug")) ?? name);
            if (slug.Length == 0)
            {
                throw new RecipeException("Không tạo được đường dẫn cho chuyên mục.", $"{field}.slug");
            }

            var category = await db.Categories.FirstOrDefaultAsync(
                c => c.ContentType == type.Name && c.Culture == culture && c.Slug == slug, cancellationToken);
            if (category is null)
            {
                category = new Category { ContentType = type.Name, Culture = culture, Slug = slug };
                db.Categories.Add(category);
            }

            category.Name = name;
            category.SortOrder = index;
            index++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"{index} chuyên mục của {type.DisplayName} ({culture})";
    }
}
