using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Statistics.Settings;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>The report as a Word document for the province (Nghị định 30/2020), with the site's names and signer.</summary>
internal sealed class DocxReportExporter(ISettingsStore settings) : IReportExporter
{
    public string Format => "docx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string FileExtension => ".docx";

    public async Task WriteAsync(PublicationReport report, Stream output, CancellationToken cancellationToken = default)
    {
        var site = await settings.GetAsync<SiteSettings>(SiteSettings.Key, cancellationToken);
        var statistics = await settings.GetAsync<StatisticsSettings>(StatisticsSettings.Key, cancellationToken);

        // The document is dated the Vietnam day it was pulled; staff change it when the report is signed.
        var issued = DateOnly.FromDateTime(VietnamTime.FromUtc(report.GeneratedUtc));
        using var buffer = new MemoryStream();
        DocxReportWriter.Write(report, site, statistics, issued, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
