using ForeignInfoPortal.Testing;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>The media library in Chromium: an upload with its progress row, alt text, the picker in the news editor, and the published picture.</summary>
public sealed class MediaTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Editor_UploadsAPhoto_PicksItAsFeaturedImage_PublishedPageShowsItWithSrcset()
    {
        BrowserSite.RequireChromium();
        TestImages.RequireLibvips();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var fileName = $"Thác Bạc {suffix}.jpg";
        var title = "Mùa nước đẹp ở thác Bạc " + suffix;

        await page.GotoAsync("/admin");
        await page.GetByLabel("Thư điện tử").FillAsync(PortalFactory.AdminEmail);
        await page.GetByLabel("Mật khẩu").FillAsync(PortalFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        await page.GotoAsync("/admin/media");
        await page.GetByLabel("Chọn ảnh").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "image/jpeg",
            Buffer = TestImages.WithExif(TestImages.Jpeg(1600, 1200), orientation: 6),
        });
        var row = page.Locator(".media-progress li", new() { HasText = fileName });
        await Assertions.Expect(row.Locator(".media-progress__status")).ToHaveTextAsync("Đã tải lên.");
        await Assertions.Expect(row.Locator("progress")).ToHaveAttributeAsync("value", "100");

        await page.GotoAsync("/admin/media?q=" + Uri.EscapeDataString("thac bac " + suffix));
        await page.GetByRole(AriaRole.Link, new() { Name = fileName }).ClickAsync();
        await page.GetByLabel("Mô tả thay thế (alt", new() { Exact = false }).FillAsync("Dòng thác trắng giữa rừng xanh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mô tả" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu mô tả ảnh.");

        await page.GotoAsync("/admin/content/News/create");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.Locator("trix-editor").ClickAsync();
        await page.Keyboard.TypeAsync("Thác Bạc đang vào mùa nước đẹp nhất trong năm.");
        await page.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "Văn hóa - Du lịch" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn ảnh từ thư viện" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Tìm theo tên, mô tả, chú thích").FillAsync(suffix);
        await dialog.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-address]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^/anh/[0-9a-f]{32}/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản");

        await using var visitorContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/tin-tuc");
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        var picture = visitor.Locator(".article-image picture");
        await Assertions.Expect(picture.Locator("source[type='image/webp']")).ToHaveAttributeAsync("srcset", new System.Text.RegularExpressions.Regex(@"/320\.webp\?v=1 320w, .*/1280\.webp\?v=1 1200w$"));
        var image = picture.Locator("img");
        await Assertions.Expect(image).ToHaveAttributeAsync("alt", "Dòng thác trắng giữa rừng xanh");
        await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
        // The photo was taken turned (EXIF 6): the browser received it upright, taller than wide.
        var ratio = await image.EvaluateAsync<double>("img => img.naturalHeight / img.naturalWidth");
        Assert.Equal(4.0 / 3.0, ratio, 2);
    }
}
