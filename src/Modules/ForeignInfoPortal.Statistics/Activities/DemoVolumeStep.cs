using System.Globalization;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>
/// <c>{ "step": "demo-volume", "from": "2024-01-01", "to": "2024-06-20", "seed": 2024, "items": [ { "type": "News",
/// "count": 380, "categories": ["tin-hoat-dong"] }, { "type": "Broadcast", "subtype": "RadioProgramme", "count": 30 },
/// { "type": "Document", "count": 290 } ] }</c>: publishes a deterministic volume of believable items over the range,
/// spread over the active units and the days by a seeded <see cref="Random"/>, through the content manager so the
/// ledger and counters see them as an editor's. Items whose slug exists are skipped, so it can run again.
/// </summary>
internal sealed class DemoVolumeStep(IContentManager content, IContentTypeRegistry types, PortalDbContext db, DemoVolumeFields fields) : IRecipeStep
{
    public const string SlugPrefix = "mau-";

    private static readonly HashSet<string> Known = ["type", "subtype", "count", "categories"];

    public string Name => "demo-volume";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var from = ReadDate(step, "from");
        var to = ReadDate(step, "to");
        if (to < from)
        {
            throw new RecipeException("\"to\" phải từ \"from\" trở đi.", "to");
        }

        var seed = step.TryGetProperty("seed", out var s) && s.TryGetInt32(out var value) ? value : 1;
        var random = new Random(seed);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Id).Select(u => new DemoUnit(u.Id, u.Name)).ToListAsync(cancellationToken);
        if (units.Count == 0)
        {
            throw new RecipeException("Cần có ít nhất một đơn vị đang dùng.", "items");
        }

        var existing = (await db.ContentVersions.AsNoTracking().Where(v => v.Slug.StartsWith(SlugPrefix))
            .Select(v => v.ContentType + "|" + v.Slug).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var lines = new List<string>();
        int index = 0, saved = 0;
        foreach (var element in RecipeJson.RequiredArray(step, "items"))
        {
            var field = $"items[{index++}]";
            var (type, subtype, count, categories) = RecipeJson.Under(field, () => ReadItem(element));
            var days = Enumerable.Range(0, count).Select(_ => RandomInstant(random, from, to)).Order().ToList();
            var made = 0;
            for (var i = 0; i < count; i++)
            {
                var slug = VietnameseText.Slugify($"{SlugPrefix}{seed}-{subtype ?? type.Name}-{i + 1}");
                var unit = units[random.Next(units.Count)];
                var (title, json) = await fields.CreateAsync(type.Name, subtype, i + 1, days[i], unit, categories, random, cancellationToken);
                if (!existing.Add(type.Name + "|" + slug))
                {
                    continue;
                }

                var input = new ContentInput
                {
                    Title = title,
                    Slug = slug,
                    UnitId = unit.Id,
                    PublishedUtc = days[i],
                    Fields = (IContentFields)RecipeJson.Under(field, () => RecipeJson.Read(JsonSerializer.SerializeToElement(json), type.FieldsType, "fields")),
                };
                await PublishAsync(type.Name, input, field, cancellationToken);
                made++;

                // The content manager tracks what it saves; letting thousands of versions pile up makes every later save slower.
                if (++saved % 100 == 0)
                {
                    db.ChangeTracker.Clear();
                }
            }

            lines.Add($"{made} {(subtype is null ? type.DisplayName : $"{type.DisplayName} ({subtype})")}");
        }

        return "nội dung mẫu: " + string.Join(", ", lines);
    }

    private async Task PublishAsync(string type, ContentInput input, string field, CancellationToken cancellationToken)
    {
        try
        {
            var item = await content.CreateAsync(type, input, null, cancellationToken);
            await content.PublishAsync(item.Id, item.Revision, null, cancellationToken);
        }
        catch (ContentValidationException ex)
        {
            var first = ex.Errors.First();
            throw new RecipeException($"\"{input.Title}\": {first.Value[0]}", $"{field}.{first.Key}");
        }
    }

    private (ContentTypeDefinition Type, string? Subtype, int Count, IReadOnlyList<string> Categories) ReadItem(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException("Mỗi mục phải là một đối tượng.");
        }

        if (element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !Known.Contains(n)) is { } unknown)
        {
            throw new RecipeException("Thuộc tính không được hỗ trợ.", unknown);
        }

        var name = RecipeJson.RequiredString(element, "type");
        var type = types.Find(name) ?? throw new RecipeException($"Không có loại nội dung \"{name}\" (hoặc mô-đun của nó đang tắt).", "type");
        if (!DemoVolumeFields.Supports(type.Name))
        {
            throw new RecipeException($"Bước demo-volume chưa tạo được nội dung loại \"{type.Name}\" (chỉ News, Broadcast, Document).", "type");
        }

        var subtype = RecipeJson.OptionalString(element, "subtype");
        if (subtype is not null && !type.Subtypes.Any(k => k.Key == subtype))
        {
            throw new RecipeException($"Loại \"{type.Name}\" không có loại con \"{subtype}\".", "subtype");
        }

        var count = element.TryGetProperty("count", out var c) && c.TryGetInt32(out var n) && n is >= 0 and <= 100_000
            ? n
            : throw new RecipeException("\"count\" phải là số nguyên từ 0 đến 100.000.", "count");
        var categories = element.TryGetProperty("categories", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
            : [];
        return (type, subtype, count, categories);
    }

    /// <summary>A time between 07:00 and 18:59 Vietnam time on a day of the range, in UTC.</summary>
    private static DateTime RandomInstant(Random random, DateOnly from, DateOnly to)
    {
        var day = from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
        var local = day.ToDateTime(new TimeOnly(7 + random.Next(12), random.Next(60)));
        return VietnamTime.ToUtc(local);
    }

    private static DateOnly ReadDate(JsonElement step, string property)
    {
        var text = RecipeJson.RequiredString(step, property);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RecipeException($"Ngày \"{text}\" không hợp lệ: dùng dạng yyyy-MM-dd.", property);
    }
}

/// <summary>A unit items are spread over.</summary>
internal sealed record DemoUnit(int Id, string Name);
