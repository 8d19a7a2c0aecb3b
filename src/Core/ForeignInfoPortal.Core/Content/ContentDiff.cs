using System.Text.Json;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// Field-level comparison of two versions of one item: the common fields first (title, slug, summary, culture,
/// unit, category, subtype, featured image, publication date), then the type's own fields read through its
/// <see cref="ContentTypeDefinition.FieldsType"/>. The version history shows <see cref="Fields"/> side by side;
/// the audit trail keeps <see cref="Changes"/> of each edit.
/// </summary>
public static class ContentDiff
{
    // The fields class may repeat a common field (a news category); the common row already shows it, by name.
    private static readonly HashSet<string> CommonKeys = new(StringComparer.OrdinalIgnoreCase) { "category" };

    /// <summary>Every field of the two versions (either may be null: nothing before a creation).</summary>
    public static IReadOnlyList<FieldDiff> Fields(ContentTypeDefinition type, ContentVersion? before, ContentVersion? after, ContentDiffNames? names = null)
    {
        names ??= ContentDiffNames.None;
        string Subtype(string? code) => code is null ? "" : type.Subtypes.FirstOrDefault(s => s.Key == code).Value ?? code;
        List<FieldDiff> rows =
        [
            Row("title", "Tiêu đề", v => v.Title),
            Row("slug", "Đường dẫn (slug)", v => v.Slug),
            Row("summary", "Tóm tắt", v => FieldValues.Format(v.Summary)),
            Row("culture", "Ngôn ngữ", v => v.Culture == PortalCultures.English ? "Tiếng Anh" : "Tiếng Việt"),
            Row("unit", "Đơn vị", v => v.UnitId is { } id ? names.Units.GetValueOrDefault(id, $"#{id}") : ""),
            Row("category", "Chuyên mục", v => v.Category is { } slug ? names.Categories.GetValueOrDefault(slug, slug) : ""),
            Row("subtype", "Loại", v => Subtype(v.Subtype)),
            Row("featuredImage", "Ảnh đại diện", v => ImageName(v.FeaturedImage)),
            Row("publishedUtc", "Ngày xuất bản", v => FieldValues.Format(v.PublishedUtc)),
        ];
        rows.AddRange(FieldValues.Compare(type.FieldsType, ReadFields(type, before), ReadFields(type, after), "fields.", CommonKeys));
        return rows;

        FieldDiff Row(string key, string label, Func<ContentVersion, string> value) =>
            new(key, label, before is null ? "" : value(before), after is null ? "" : value(after));
    }

    /// <summary>Only the fields that differ.</summary>
    public static IReadOnlyList<FieldDiff> Changes(ContentTypeDefinition type, ContentVersion? before, ContentVersion? after, ContentDiffNames? names = null) =>
        Fields(type, before, after, names).Where(f => f.Changed).ToList();

    /// <summary>The type's fields of a version, or null for no version.</summary>
    public static object? ReadFields(ContentTypeDefinition type, ContentVersion? version) =>
        version is null ? null : JsonSerializer.Deserialize(version.Data, type.FieldsType, ContentJson.Options) ?? type.CreateFields();

    // A library address ends with the picture's name; an outside URL is shown as it is.
    private static string ImageName(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "";
        }

        if (!Media.MediaUrls.TryParse(address, out _))
        {
            return address;
        }

        var path = address.Split('?', 2)[0];
        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }
}

/// <summary>Names for the ids the common fields hold: units by id, the type's categories by slug.</summary>
public sealed record ContentDiffNames(IReadOnlyDictionary<int, string> Units, IReadOnlyDictionary<string, string> Categories)
{
    public static ContentDiffNames None { get; } = new(new Dictionary<int, string>(), new Dictionary<string, string>());

    /// <summary>The names the given versions need, in two small queries.</summary>
    public static async Task<ContentDiffNames> LoadAsync(PortalDbContext db, string contentType, IEnumerable<ContentVersion?> versions, CancellationToken cancellationToken = default)
    {
        var present = versions.OfType<ContentVersion>().ToList();
        var unitIds = present.Where(v => v.UnitId is not null).Select(v => v.UnitId!.Value).Distinct().ToList();
        var slugs = present.Where(v => v.Category is not null).Select(v => v.Category!).Distinct().ToList();
        var units = unitIds.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var categories = slugs.Count == 0 ? [] : await db.Categories.AsNoTracking()
            .Where(c => c.ContentType == contentType && slugs.Contains(c.Slug))
            .Select(c => new { c.Slug, c.Name }).ToListAsync(cancellationToken);
        return new(units, categories.DistinctBy(c => c.Slug).ToDictionary(c => c.Slug, c => c.Name));
    }
}
