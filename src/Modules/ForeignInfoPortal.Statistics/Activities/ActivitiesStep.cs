using System.Globalization;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>
/// <c>{ "step": "activities", "items": [ { "date": "2024-03-15", "kind": "InformationConference", "title", "unit"?,
/// "count"?, "participants"?, "days"?, "visitors"?, "amount"? (đồng: 24000000 or "24.000.000"), "note"? } ] }</c>.
/// An item with the same date, kind and title as a recorded one is skipped, so the recipe can run again.
/// </summary>
internal sealed class ActivitiesStep(PortalDbContext db, TimeProvider clock) : IRecipeStep
{
    private static readonly HashSet<string> Known = ["date", "kind", "title", "unit", "count", "participants", "days", "visitors", "amount", "note"];

    public string Name => "activities";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, skipped = 0, index = 0;
        foreach (var element in RecipeJson.RequiredArray(step, "items"))
        {
            var activity = RecipeJson.Under($"items[{index++}]", () => Read(element, units));
            if (await db.Set<Activity>().AnyAsync(a => a.Date == activity.Date && a.Kind == activity.Kind && a.Title == activity.Title, cancellationToken))
            {
                skipped++;
                continue;
            }

            activity.CreatedUtc = now;
            activity.ModifiedUtc = now;
            db.Add(activity);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return skipped == 0 ? $"{added} hoạt động" : $"{added} hoạt động, bỏ qua {skipped} đã có";
    }

    private static Activity Read(JsonElement element, Dictionary<string, int> units)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException("Mỗi hoạt động phải là một đối tượng.");
        }

        if (element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !Known.Contains(n)) is { } unknown)
        {
            throw new RecipeException("Thuộc tính không được hỗ trợ.", unknown);
        }

        var dateText = RecipeJson.RequiredString(element, "date");
        var date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new RecipeException($"Ngày \"{dateText}\" không hợp lệ: dùng dạng yyyy-MM-dd.", "date");
        var kindText = RecipeJson.RequiredString(element, "kind");
        var kind = ActivityKinds.Parse(kindText)
            ?? throw new RecipeException($"Loại hoạt động \"{kindText}\" không có. Các loại: {string.Join(", ", ActivityKinds.All.Select(k => k.Key))}.", "kind");
        var unitCode = RecipeJson.OptionalString(element, "unit");
        int? unitId = unitCode is null ? null
            : units.TryGetValue(unitCode, out var id) ? id : throw new RecipeException($"Không có đơn vị mã \"{unitCode}\".", "unit");
        var title = RecipeJson.RequiredString(element, "title");
        return new Activity
        {
            Date = date,
            Kind = kind,
            UnitId = unitId,
            Title = title.Length <= 300 ? title : throw new RecipeException("Tên hoạt động tối đa 300 ký tự.", "title"),
            Count = Number(element, "count") ?? 1,
            Participants = Number(element, "participants"),
            Days = Number(element, "days"),
            Visitors = Number(element, "visitors"),
            AmountDong = Amount(element),
            Note = RecipeJson.OptionalString(element, "note"),
        };
    }

    private static int? Number(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0
            ? number
            : throw new RecipeException("Phải là số nguyên không âm.", property);
    }

    private static long? Amount(JsonElement element)
    {
        if (!element.TryGetProperty("amount", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        long? amount = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) && n >= 0 => n,
            JsonValueKind.String => StatisticsFormat.ParseDong(value.GetString()),
            _ => null,
        };
        return amount ?? throw new RecipeException("Kinh phí phải là số đồng không âm, ví dụ 24000000 hoặc \"24.000.000\".", "amount");
    }
}
