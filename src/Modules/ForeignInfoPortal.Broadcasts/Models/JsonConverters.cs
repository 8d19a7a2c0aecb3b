using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>
/// Reads instants only with an explicit offset ("2024-06-30T23:30:00+07:00" or "…Z"), so a recipe or API client
/// cannot be read in the server's zone by accident, and keeps them as UTC; writes them in Vietnam time with the offset.
/// </summary>
internal sealed class UtcInstantJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
               && text!.Length > 19 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            ? value.UtcDateTime
            : throw new JsonException($"Ngày giờ \"{text}\" phải có múi giờ, ví dụ 2024-06-30T23:30:00+07:00.");
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        writer.WriteStringValue(VietnamTime.ToOffset(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }
}

/// <summary>Reads a duration as seconds (750) or as text ("12:30"); writes seconds.</summary>
internal sealed class DurationJsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetInt32();
        }

        return BroadcastDuration.TryParse(reader.GetString(), out var seconds) && seconds is { } s
            ? s
            : throw new JsonException(BroadcastMessages.Duration);
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
