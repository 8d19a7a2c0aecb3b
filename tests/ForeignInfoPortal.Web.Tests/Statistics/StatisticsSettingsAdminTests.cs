using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>The report symbol: seeded by the setup recipe, edited in the admin, printed in the DOCX number line.</summary>
public sealed class StatisticsSettingsAdminTests : IAsyncLifetime
{
    private const string Settings = "/admin/statistics/settings";
    private readonly PortalFactory _site = new();
    private PortalClient _admin = null!;

    public async ValueTask InitializeAsync() => _admin = await _site.SignInAsAdminAsync();

    [Fact]
    public async Task ReportSymbol_SeededEditedAndPrintedInTheDocx()
    {
        var page = await _admin.GetPageAsync(Settings);
        Assert.Equal("BC-UBND", page.QuerySelector("input[name=ReportSymbol]")!.GetAttribute("value"));
        Assert.Equal("Số:        /BC-UBND", await NumberLineAsync());

        var response = await _admin.PostFormAsync(Settings, Settings, [new("ReportSymbol", "BC /VHTT")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Contains("không có khoảng trắng và không có dấu \"/\"", refused.QuerySelector("#ReportSymbol-error")!.TextContent);
        Assert.Equal("Số:        /BC-UBND", await NumberLineAsync());

        response = await _admin.PostFormAsync(Settings, Settings, [new("ReportSymbol", "BC-VHTT")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Số:        /BC-VHTT", await NumberLineAsync());
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    // The last line of the header table's left cell, in the DOCX the admin downloads.
    private async Task<string> NumberLineAsync()
    {
        var response = await _admin.GetAsync("/admin/statistics/export?format=docx&Preset=custom&From=01/01/2024&To=30/06/2024");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var left = document.MainDocumentPart!.Document.Body!.Elements<Table>().First().Descendants<TableCell>().First();
        return left.Elements<Paragraph>().Last().InnerText;
    }
}
