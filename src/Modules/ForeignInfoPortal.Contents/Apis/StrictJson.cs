using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// Reads API input strictly, with the content JSON's names and converters: a member the target does not have is
/// 400 <c>unknown_field</c>, a value of the wrong type or broken JSON 400 <c>invalid_json</c>, an unreadable date 400
/// <c>invalid_date</c>. Each names the JSON path and, in <c>errors</c>, the field as the admin's form keys it
/// ("Fields.AirDate"), so clients see every refusal of a field under one key.
/// </summary>
internal static class StrictJson
{
    public static JsonSerializerOptions Options { get; } = Strict();

    // Made read-only with its resolver at once: FindUnknownMember asks for type metadata before anything is read, and
    // options never used to (de)serialise have no resolver yet, so a fresh process refused every write with a 500.
    private static JsonSerializerOptions Strict()
    {
        var options = new JsonSerializerOptions(ContentJson.Options)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Converters = { new OffsetDateTimeJsonConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Reads <paramref name="json"/> as <paramref name="type"/>; <paramref name="path"/> and <paramref name="key"/> locate it in the request.</summary>
    public static object Read(JsonElement json, Type type, string path = "$", string key = "")
    {
        if (FindUnknownMember(json, type, path, key) is { } unknown)
        {
            throw Refuse("unknown_field", unknown.Path, unknown.Key, $"Trường \"{unknown.Path}\" không có trong dữ liệu này; hãy bỏ nó hoặc sửa tên.");
        }

        try
        {
            return json.Deserialize(type, Options)
                ?? throw Refuse("invalid_json", path, key, "Cần một đối tượng JSON, không phải null.");
        }
        catch (JsonException exception)
        {
            var at = path + (exception.Path ?? "$")[1..];
            var (target, atKey) = Locate(type, (exception.Path ?? "$")[1..], key);
            if (IsDate(target))
            {
                throw Refuse("invalid_date", at, atKey, $"Ngày giờ tại \"{at}\" không hợp lệ: {DateHint(target)}.");
            }

            throw Refuse("invalid_json", at, atKey, $"Giá trị tại \"{at}\" không đúng kiểu ({TypeName(target)}).");
        }
    }

    /// <summary>Parses a request body, answering broken JSON with 400 <c>invalid_json</c> and where it broke.</summary>
    public static JsonElement Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            throw Refuse("invalid_json", exception.Path ?? "$", "", $"JSON không đọc được (dòng {line}, vị trí {position}).");
        }
    }

    private static ApiRefusal Refuse(string errorCode, string path, string key, string message)
    {
        var refusal = ApiRefusal.Of(StatusCodes.Status400BadRequest, errorCode, message,
            new Dictionary<string, string[]> { [key.Length == 0 ? "$" : key] = [message] });
        refusal.Problem.ProblemDetails.Extensions["path"] = path;
        return refusal;
    }

    // Walks the JSON beside the serializer's own description of the type, so the answer names the first member
    // that has nowhere to go rather than the serializer's English message.
    private static (string Path, string Key)? FindUnknownMember(JsonElement json, Type type, string path, string key)
    {
        var info = Options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Object && json.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in json.EnumerateObject())
            {
                var property = Find(info, member.Name);
                var memberPath = $"{path}.{member.Name}";
                var memberKey = Join(key, property is null ? member.Name : MemberName(property));
                if (property is null)
                {
                    return (memberPath, memberKey);
                }

                if (property.CustomConverter is null && FindUnknownMember(member.Value, property.PropertyType, memberPath, memberKey) is { } inner)
                {
                    return inner;
                }
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && json.ValueKind == JsonValueKind.Array && info.ElementType is { } element)
        {
            var index = 0;
            foreach (var item in json.EnumerateArray())
            {
                if (FindUnknownMember(item, element, $"{path}[{index}]", $"{key}[{index}]") is { } inner)
                {
                    return inner;
                }

                index++;
            }
        }

        return null;
    }

    // "$.fields.airDate" → the declared type there and the form key "Fields.AirDate".
    private static (Type? Type, string Key) Locate(Type type, string relativePath, string key)
    {
        Type? current = type;
        foreach (var segment in relativePath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0].Trim('\'', '[', ']');
            var info = current is null ? null : Options.GetTypeInfo(current);
            var property = info is null || name.Length == 0 ? null : Find(info, name);
            current = property?.PropertyType;
            key = Join(key, property is null ? name : MemberName(property));
            for (var brackets = segment.Count(c => c == '['); brackets > 0 && current is not null; brackets--)
            {
                current = Options.GetTypeInfo(current).ElementType;
            }
        }

        return (current, key);
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo info, string name) =>
        info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string MemberName(JsonPropertyInfo property) => (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;

    private static string Join(string key, string name) => key.Length == 0 ? name : $"{key}.{name}";

    private static bool IsDate(Type? type) =>
        (Nullable.GetUnderlyingType(type ?? typeof(object)) ?? type) is { } t
        && (t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly));

    private static string DateHint(Type? type) =>
        (Nullable.GetUnderlyingType(type!) ?? type) == typeof(DateOnly)
            ? "cần ngày dạng yyyy-MM-dd, ví dụ 2024-06-30"
            : "cần ngày giờ có múi giờ, ví dụ 2024-06-30T23:30:00+07:00";

    private static string TypeName(Type? type) => (Nullable.GetUnderlyingType(type ?? typeof(object)) ?? type) switch
    {
        null => "không xác định",
        var t when t == typeof(string) => "cần chuỗi",
        var t when t == typeof(int) || t == typeof(long) => "cần số nguyên",
        var t when t == typeof(bool) => "cần true hoặc false",
        var t when t == typeof(Guid) => "cần mã tệp dạng GUID",
        var t when Options.GetTypeInfo(t).Kind == JsonTypeInfoKind.Enumerable => "cần mảng",
        var t when Options.GetTypeInfo(t).Kind == JsonTypeInfoKind.Object => "cần đối tượng",
        _ => "giá trị không đọc được",
    };
}
