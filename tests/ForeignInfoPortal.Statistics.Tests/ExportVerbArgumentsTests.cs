using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Statistics.Reports.Exporters;

namespace ForeignInfoPortal.Statistics.Tests;

public sealed class ExportVerbArgumentsTests
{
    private static readonly string[] Formats = ["json", "csv", "xlsx", "docx"];

    [Fact]
    public void Parse_AllArguments_BuildsTheRequest()
    {
        var parsed = ReportVerbArguments.Parse(
            ["--from", "2024-01-01", "--to", "2024-06-20", "--compare", "--group-by", "unit,month", "--format", "DOCX", "--out", "bc.docx"], Formats, out var error);

        Assert.Null(error);
        Assert.Equal(new DateOnly(2024, 1, 1), parsed!.Request.From);
        Assert.Equal(new DateOnly(2024, 6, 20), parsed.Request.To);
        Assert.True(parsed.Request.Compare);
        Assert.Equal([ReportDimension.Unit, ReportDimension.Month], parsed.Request.Dimensions);
        Assert.Equal("docx", parsed.Format);
        Assert.Equal("bc.docx", parsed.OutputPath);
    }

    [Theory]
    [InlineData("Thiếu --from", "--to", "2024-06-20", "--format", "csv", "--out", "a.csv")]
    [InlineData("Ngày \"20/06/2024\" của --to không hợp lệ", "--from", "2024-01-01", "--to", "20/06/2024", "--format", "csv", "--out", "a.csv")]
    [InlineData("phải không trước ngày bắt đầu", "--from", "2024-06-20", "--to", "2024-01-01", "--format", "csv", "--out", "a.csv")]
    [InlineData("--format là một trong: json, csv, xlsx, docx", "--from", "2024-01-01", "--to", "2024-06-20", "--format", "pdf", "--out", "a.pdf")]
    [InlineData("--out FILE", "--from", "2024-01-01", "--to", "2024-06-20", "--format", "csv")]
    [InlineData("Không thể chia theo \"tinh\"", "--from", "2024-01-01", "--to", "2024-06-20", "--group-by", "unit,tinh", "--format", "csv", "--out", "a.csv")]
    [InlineData("Tham số không hợp lệ: \"--bogus\"", "--bogus")]
    [InlineData("Thiếu giá trị cho --out", "--from", "2024-01-01", "--to", "2024-06-20", "--format", "csv", "--out")]
    public void Parse_WrongArguments_AreRefusedWithAMessage(string message, params string[] arguments)
    {
        Assert.Null(ReportVerbArguments.Parse(arguments, Formats, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
