using System.Globalization;
using ForeignInfoPortal.Statistics.Reports;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>Writes a report through the exporter of a format, as a download with a Vietnamese file name.</summary>
internal static class ReportDownload
{
    /// <summary>The exporters in a stable order for the links (docx first: it is what staff sign).</summary>
    public static IReadOnlyList<string> Formats(IEnumerable<IReportExporter> exporters)
    {
        string[] preferred = ["docx", "xlsx", "csv", "json"];
        return exporters.Select(e => e.Format).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(f => Array.IndexOf(preferred, f.ToLowerInvariant()) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>"Báo cáo 01-01-2024 đến 20-06-2024.docx" (slashes are not allowed in file names).</summary>
    public static string FileName(ReportRequest request, string extension, string? prefix = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{prefix ?? "Báo cáo"} {request.From:dd-MM-yyyy} đến {request.To:dd-MM-yyyy}.{extension.TrimStart('.')}");

    /// <summary>The file, or null when no exporter has that format.</summary>
    public static async Task<FileContentResult?> WriteAsync(PublicationReport report, string? format, IEnumerable<IReportExporter> exporters,
        string? prefix, CancellationToken cancellationToken)
    {
        var exporter = exporters.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
        if (exporter is null)
        {
            return null;
        }

        using var output = new MemoryStream();
        await exporter.WriteAsync(report, output, cancellationToken);
        return new FileContentResult(output.ToArray(), exporter.ContentType)
        {
            FileDownloadName = FileName(report.Request, exporter.FileExtension, prefix),
        };
    }
}
