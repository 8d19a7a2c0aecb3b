using DocumentFormat.OpenXml.Packaging;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>The <c>report</c> verb run as an operator would: the host's executable in a process of its own.</summary>
public sealed class ExportReportVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "fip-report-verb-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task Report_Docx_WritesAValidDocumentWithTheCitysSigner_WrongArguments_ExitTwo()
    {
        var file = Path.Combine(_folder, "bao-cao.docx");

        var (exit, output) = await RunAsync("report", "--from", "2024-01-01", "--to", "2024-06-20", "--compare", "--group-by", "unit,month", "--format", "docx", "--out", file);

        Assert.True(exit == 0, output);
        Assert.Contains($"Đã ghi báo cáo DOCX từ ngày 01/01/2024 đến ngày 20/06/2024 (", output, StringComparison.Ordinal);
        Assert.Contains($"dòng số liệu) vào {file}", output, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(file, false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
            Assert.Contains("Lê Đăng Trường", text, StringComparison.Ordinal);
        }

        (exit, output) = await RunAsync("report", "--from", "2024-06-20", "--to", "2024-01-01", "--format", "docx", "--out", file);
        Assert.Equal(2, exit);
        Assert.Contains("phải không trước ngày bắt đầu", output, StringComparison.Ordinal);

        (exit, output) = await RunAsync("report", "--from", "2024-01-01", "--to", "2024-06-20", "--format", "pdf", "--out", file);
        Assert.Equal(2, exit);
        Assert.Contains("--format là một trong: json, csv, xlsx, docx", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => HostProcess.RunAsync(_folder, arguments);
}
