using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Recipes;

/// <summary>Strict reading of recipe JSON, with errors that name the field.</summary>
public static class RecipeJson
{
    private static readonly JsonSerializerOptions StrictOptions = new(ContentJson.Options)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>A required non-empty string property.</summary>
    public static string RequiredString(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)
            || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new RecipeException($"Thiếu giá trị chuỗi \"{property}\".", property);
        }

        return value.GetString()!.Trim();
    }

    /// <summary>An optional string property (null when absent or null).</summary>
    public static string? OptionalString(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new RecipeException("Giá trị phải là chuỗi.", property);
    }

    /// <summary>A required array property.</summary>
    public static IEnumerable<JsonElement> RequiredArray(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : throw new RecipeException($"Thiếu mảng \"{property}\".", property);

    /// <summary>Deserialises an object strictly (unknown properties refused) and checks its data annotations.</summary>
    public static object Read(JsonElement element, Type type, string property)
    {
        object? value;
        try
        {
            value = element.Deserialize(type, StrictOptions);
        }
        catch (JsonException ex)
        {
            var path = ex.Path is null or "$" ? property : property + ex.Path.TrimStart('$');
            throw new RecipeException($"Giá trị không đúng kiểu hoặc có thuộc tính không được hỗ trợ ({FirstLine(ex.Message)}).", path);
        }

        if (value is null)
        {
            throw new RecipeException("Thiếu giá trị.", property);
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            var first = results[0];
            var member = first.MemberNames.FirstOrDefault();
            throw new RecipeException(first.ErrorMessage ?? "Giá trị không hợp lệ.", member is null ? property : $"{property}.{JsonNamingPolicy.CamelCase.ConvertName(member)}");
        }

        return value;
    }

    /// <summary>Typed <see cref="Read(JsonElement, Type, string)"/>.</summary>
    public static T Read<T>(JsonElement element, string property) => (T)Read(element, typeof(T), property);

    private static string FirstLine(string message) => message.Split('\n')[0].Split(" Path:")[0];

    /// <summary>Runs a read and places its error under <paramref name="prefix"/> ("units[3]").</summary>
    public static T Under<T>(string prefix, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (RecipeException ex)
        {
            throw ex.Under(prefix);
        }
    }
}
