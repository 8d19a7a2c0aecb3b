using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

public sealed class ReviewJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task ContributorSubmits_ApproverReturnsWithAComment_ContributorReadsItInTheEditorAndNotifications()
    {
        BrowserSite.RequireChromium();
        var contributorEmail = await CreateContributorAsync();
        var title = "Tin gửi duyệt trong trình duyệt " + Guid.NewGuid().ToString("N")[..6];
        const string comment = "Vui lòng bổ sung nguồn tin và ảnh minh họa.";
        await using var contributorContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        await using var approverContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var contributor = await SignInAsync(contributorContext, contributorEmail, PortalFactory.Password);

        await contributor.GotoAsync("/admin/content/News/create");
        await contributor.GetByLabel("Tiêu đề").FillAsync(title);
        await contributor.Locator("trix-editor").ClickAsync();
        await contributor.Keyboard.TypeAsync("Nội dung bài viết gửi duyệt.");
        await contributor.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "Văn hóa - Du lịch" });
        await Assertions.Expect(contributor.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true })).ToHaveCountAsync(0);
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await contributor.GetByLabel("Ghi chú cho người duyệt (không bắt buộc)").FillAsync("Bài cho trang chủ.");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Assertions.Expect(contributor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi duyệt");
        var editorUrl = new Uri(contributor.Url).PathAndQuery;

        var approver = await SignInAsync(approverContext, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await approver.GotoAsync("/admin/review");
        await approver.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await approver.GetByLabel("Lý do trả lại (bắt buộc khi trả lại, tối đa 2.000 ký tự)").FillAsync(comment);
        await approver.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Assertions.Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã trả lại");

        await contributor.GotoAsync(editorUrl);
        await Assertions.Expect(contributor.Locator("[data-review-state]")).ToHaveTextAsync("Bị trả lại");
        await Assertions.Expect(contributor.Locator("[data-review-comment]")).ToContainTextAsync(comment);
        await contributor.GetByRole(AriaRole.Link, new() { Name = "Thông báo (1 mới)" }).ClickAsync();
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Mở" }).First.ClickAsync();
        await contributor.WaitForURLAsync("**" + editorUrl);
        await Assertions.Expect(contributor.Locator("[data-header-unread]")).ToHaveTextAsync("Thông báo");
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }

    // A contributor drafts for a unit of their own (the factory puts them in the first unit).
    private Task<string> CreateContributorAsync() => site.Factory.CreateUserAsync(PortalRoles.Contributor);
}
