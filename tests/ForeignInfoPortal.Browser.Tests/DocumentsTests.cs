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

    [Fact]
    public async Task Editor_AttachesAFileAlreadyStored_ThroughThePicker_WithTheKeyboard()
    {
        BrowserSite.RequireChromium();
        var number = Random.Shared.Next(10_000, 9_999_999);
        var fileName = $"Phụ lục {number}.pdf";
        int id;
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var file = await scope.ServiceProvider.GetRequiredService<IFileStore>()
                .SaveAsync(new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()), fileName, FileKind.Document, 1_000_000, null);
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
            var draft = await scope.ServiceProvider.GetRequiredService<IContentManager>().CreateAsync("Document", new ContentInput
            {
                Title = $"Kế hoạch dùng lại phụ lục {number}",
                Culture = "vi",
                Fields = new DocumentFields { NumberAndSymbol = $"{number}/KH-UBND", DocumentType = "KH", IssuingBody = "ubnd-tp", IssueDate = new DateOnly(2024, 6, 18) },
            }, null);
            id = draft.Id;
        }

        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("Thư điện tử").FillAsync(ForeignInfoPortal.Testing.PortalFactory.AdminEmail);
        await page.GetByLabel("Mật khẩu").FillAsync(ForeignInfoPortal.Testing.PortalFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await page.GotoAsync($"/admin/content/Document/{id}/edit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn tệp đã tải lên" }).First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync($"phu luc {number}"); // the search box has the focus; no diacritics needed
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Chọn {fileName}" }).ClickAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã chọn tệp");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/content/Document/{id}/edit");

        await using var check = site.Factory.Services.CreateAsyncScope();
        var item = await check.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id);
        Assert.Equal(fileName, Assert.Single(item!.Versions.Single(v => v.IsLatest).GetFields<DocumentFields>().Attachments).Name);
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
