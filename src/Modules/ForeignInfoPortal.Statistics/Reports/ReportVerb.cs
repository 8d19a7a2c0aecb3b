using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Statistics.Reports.Exporters;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>
/// <c>report --from yyyy-MM-dd --to yyyy-MM-dd [--compare] [--group-by unit,month] --format json|csv|xlsx|docx --out FILE</c>:
/// builds a report from the counters and writes it. Exit code 2 for wrong arguments, 1 when the file cannot be written.
/// </summary>
internal sealed class ReportVerb(IServiceScopeFactory scopes) : IHostVerb
{
    private static readonly string[] Formats = ["json", "csv", "xlsx", "docx"];

    public string Name => "report";

    public string Usage => "report --from yyyy-MM-dd --to yyyy-MM-dd [--compare] [--group-by unit,category,culture,month] --format json|csv|xlsx|docx --out FILE   write a publication report";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var parsed = ReportVerbArguments.Parse(arguments, Formats, out var error);
        if (parsed is null)
        {
            await output.WriteLineAsync(error);
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var path = Path.GetFullPath(parsed.OutputPath);
        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            await output.WriteLineAsync($"Thư mục \"{folder}\" không tồn tại.");
            return 2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetServices<IReportExporter>().Single(e => e.Format == parsed.Format);
        var report = await scope.ServiceProvider.GetRequiredService<IPublicationReportService>().BuildAsync(parsed.Request, cancellationToken);

        // Written beside the target and moved into place, so a failed run never leaves half a file under the name.
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            await using (var file = File.Create(temporary))
            {
                await exporter.WriteAsync(report, file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            await output.WriteLineAsync($"Không ghi được tệp \"{path}\": {ex.Message}");
            return 1;
        }

        var range = ReportText.Range(parsed.Request.From, parsed.Request.To);
        await output.WriteLineAsync($"Đã ghi báo cáo {parsed.Format.ToUpperInvariant()} {range} ({ReportText.Number(report.Figures.Count)} dòng số liệu) vào {path}");
        return 0;
    }
}
