using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>The report as JSON, camelCase, with Vietnamese letters written as themselves (not \u escapes).</summary>
internal sealed class JsonReportExporter : IReportExporter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Format => "json";

    public string ContentType => "application/json; charset=utf-8";

    public string FileExtension => ".json";

    public Task WriteAsync(PublicationReport report, Stream output, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, report, Options, cancellationToken);
}
