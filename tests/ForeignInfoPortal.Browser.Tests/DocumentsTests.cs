using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Documents.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

public sealed class DocumentsTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Visitor_OpensAPublishedDocument_DownloadsItsAttachment()
    {
        BrowserSite.RequireChromium();
        var bytes = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        var number = Random.Shared.Next(10_000, 9_999_999);
        var title = $"Kế hoạch triển khai Nghị quyết 47/NQ-CP, bản thử {number}";
        var fileName = $"Kế hoạch {number}-KH-UBND.pdf";
        await PublishAsync(title, number, fileName, bytes);

        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/van-ban");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".doc-meta")).ToContainTextAsync($"{number}/KH-UBND");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "In văn bản" })).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".doc-file-link").First.ClickAsync());

        Assert.Equal(fileName, download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    private async Task PublishAsync(string title, int number, string fileName, byte[] bytes)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var file = await store.SaveAsync(new MemoryStream(bytes), fileName, FileKind.Document, 1_000_000, null);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        var item = await content.CreateAsync("Document", new ContentInput
        {
            Title = title,
            Slug = VietnameseText.Slugify(title, 120),
            Culture = "vi",
            Fields = new DocumentFields
            {
                NumberAndSymbol = $"{number}/KH-UBND",
                DocumentType = "KH",
                IssuingBody = "ubnd-tp",
                IssueDate = new DateOnly(2024, 6, 18),
                Implements = ["47/NQ-CP"],
                Attachments = [ContentFileReference.From(file)],
            },
        }, null);
        await content.PublishAsync(item.Id, item.Revision, null);
    }
}
