using System.Text.Json;
using System.Text.Json.Serialization;
using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>How an issued report's figures are frozen: the whole <see cref="PublicationReport"/> as JSON.</summary>
internal static class IssuedReportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Serialize(PublicationReport report) => JsonSerializer.Serialize(report, Options);

    public static PublicationReport Deserialize(string json) =>
        JsonSerializer.Deserialize<PublicationReport>(json, Options) ?? throw new JsonException("Báo cáo đã phát hành không đọc được.");
}
