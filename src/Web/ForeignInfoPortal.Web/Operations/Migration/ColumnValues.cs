using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace ForeignInfoPortal.Web.Operations.Migration;

/// <summary>
/// A column's values between the database, the export's JSON and the canonical form its checksum is computed over.
/// Values are the model's .NET values (after EF's value converters), so both engines give the same ones. The JSON keeps
/// them exactly (a date's kind and offset, a decimal's scale, GUIDs, bytes as base64, nulls); the canonical form keeps
/// only what both engines store: instants in UTC to the microsecond (PostgreSQL's precision), decimals without trailing
/// zeros (numeric(18,4) pads them), so the same data gives the same checksum on SQLite and on PostgreSQL.
/// </summary>
internal static class ColumnValues
{
    public static string TypeName(Type clrType) => Underlying(clrType) is var type && type.IsEnum ? "Enum" : Underlying(clrType).Name;

    /// <summary>The model value of column <paramref name="ordinal"/>, read as the provider type and converted as EF does.</summary>
    public static object? Read(DbDataReader reader, int ordinal, SchemaColumn column)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var converter = column.Mapping.Converter;
        var provider = Underlying(converter?.ProviderClrType ?? column.Mapping.ClrType);
        object value = provider switch
        {
            _ when provider == typeof(string) => reader.GetString(ordinal),
            _ when provider == typeof(int) => reader.GetInt32(ordinal),
            _ when provider == typeof(long) => reader.GetInt64(ordinal),
            _ when provider == typeof(short) => reader.GetInt16(ordinal),
            _ when provider == typeof(byte) => reader.GetByte(ordinal),
            _ when provider == typeof(bool) => reader.GetBoolean(ordinal),
            _ when provider == typeof(decimal) => reader.GetDecimal(ordinal),
            _ when provider == typeof(double) => reader.GetDouble(ordinal),
            _ when provider == typeof(float) => reader.GetFloat(ordinal),
            _ when provider == typeof(Guid) => reader.GetGuid(ordinal),
            _ when provider == typeof(DateTime) => reader.GetDateTime(ordinal),
            _ when provider == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal),
            _ when provider == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
            _ when provider == typeof(TimeOnly) => reader.GetFieldValue<TimeOnly>(ordinal),
            _ when provider == typeof(TimeSpan) => reader.GetFieldValue<TimeSpan>(ordinal),
            _ when provider == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
            _ => throw new NotSupportedException($"The export has no representation for {provider.Name} (column {column.Name})."),
        };
        return converter is null ? value : converter.ConvertFromProvider(value);
    }

    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case Enum e: json.WriteNumberValue(Convert.ToInt64(e, CultureInfo.InvariantCulture)); break;
            case int or long or short or byte: json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case decimal d: json.WriteNumberValue(d); break;
            case double d: json.WriteNumberValue(d); break;
            case float f: json.WriteNumberValue(f); break;
            case Guid g: json.WriteStringValue(g); break;
            case DateTime d: json.WriteStringValue(d); break;
            case DateTimeOffset d: json.WriteStringValue(d); break;
            case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly t: json.WriteStringValue(t.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture)); break;
            case TimeSpan t: json.WriteStringValue(t.ToString("c", CultureInfo.InvariantCulture)); break;
            case byte[] bytes: json.WriteBase64StringValue(bytes); break;
            default: throw new NotSupportedException($"The export has no representation for {value.GetType().Name}.");
        }
    }

    /// <summary>Reads a value written by <see cref="Write"/> back as the model type.</summary>
    public static object? Parse(JsonElement element, Type clrType)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var type = Underlying(clrType);
        return type switch
        {
            _ when type.IsEnum => Enum.ToObject(type, element.GetInt64()),
            _ when type == typeof(string) => element.GetString(),
            _ when type == typeof(bool) => element.GetBoolean(),
            _ when type == typeof(int) => element.GetInt32(),
            _ when type == typeof(long) => element.GetInt64(),
            _ when type == typeof(short) => element.GetInt16(),
            _ when type == typeof(byte) => element.GetByte(),
            _ when type == typeof(decimal) => element.GetDecimal(),
            _ when type == typeof(double) => element.GetDouble(),
            _ when type == typeof(float) => element.GetSingle(),
            _ when type == typeof(Guid) => element.GetGuid(),
            _ when type == typeof(DateTime) => element.GetDateTime(),
            _ when type == typeof(DateTimeOffset) => element.GetDateTimeOffset(),
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when type == typeof(TimeOnly) => TimeOnly.ParseExact(element.GetString()!, "HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            _ when type == typeof(TimeSpan) => TimeSpan.ParseExact(element.GetString()!, "c", CultureInfo.InvariantCulture),
            _ when type == typeof(byte[]) => element.GetBytesFromBase64(),
            _ => throw new NotSupportedException($"The export has no representation for {type.Name}."),
        };
    }

    /// <summary>Writes the canonical form of a value: what both engines keep of it, one way.</summary>
    public static void WriteCanonical(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case DateTime d:
                json.WriteStringValue(Microseconds(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : d).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset d:
                json.WriteStringValue(Microseconds(d.UtcDateTime).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
                break;
            case TimeOnly t:
                json.WriteStringValue(new TimeOnly(t.Ticks - (t.Ticks % TimeSpan.TicksPerMicrosecond)).ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
                break;
            case TimeSpan t:
                json.WriteStringValue(TimeSpan.FromTicks(t.Ticks - (t.Ticks % TimeSpan.TicksPerMicrosecond)).ToString("c", CultureInfo.InvariantCulture));
                break;
            case decimal d:
                // Dividing by 1.000… removes trailing zeros: 1.5000 and 1.5 are one value.
                json.WriteStringValue((d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
                break;
            default:
                Write(json, value);
                break;
        }
    }

    private static DateTime Microseconds(DateTime value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Unspecified);

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
