using System.Net;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>The report page and issued reports over news created through the content manager.</summary>
public sealed class AdminReportTests : IAsyncLifetime
{
    private const string Report = "/admin/statistics?Preset=custom&From=01/01/2024&To=30/06/2024";
    private readonly PortalFactory _site = new();
    private PortalClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _admin = await _site.SignInAsAdminAsync();
        for (var i = 1; i <= 3; i++)
        {
            await PublishNewsAsync($"Tin báo cáo {i}", new DateTime(2024, 3, i, 3, 0, 0, DateTimeKind.Utc));
        }

        // 23:30 on 30/06 in Vietnam: still the first half.
        await PublishNewsAsync("Tin cuối kỳ", new DateTime(2024, 6, 30, 16, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task ReportPage_ShowsFiguresAndAnAccessibleChart()
    {
        var page = await _admin.GetPageAsync(Report);
        Assert.Contains("Tin tức: 4", page.QuerySelector(".report-summary")!.TextContent);
        var chart = page.QuerySelector("svg[role=img]");
        Assert.NotNull(chart);
        Assert.Contains("Tin tức 4", chart!.GetAttribute("aria-label"));
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent == "4");
    }

    [Fact]
    public async Task Export_UnknownFormat_IsNotFound()
    {
        var response = await _admin.GetAsync("/admin/statistics/export?format=pdf&Preset=custom&From=01/01/2024&To=30/06/2024");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Issue_FreezesFigures_LaterPublishShowsTheDifference()
    {
        var response = await _admin.PostFormAsync(Report, "/admin/statistics/issue",
            [new("Preset", "custom"), new("From", "01/01/2024"), new("To", "30/06/2024"), new("number", "125/BC-UBND"), new("title", "Báo cáo 6 tháng đầu năm 2024")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = response.Headers.Location!.OriginalString;
        var before = await _admin.GetPageAsync(detail);
        Assert.Contains("khớp với số liệu đã phát hành", before.Body!.TextContent);

        await PublishNewsAsync("Tin đăng sau khi phát hành", new DateTime(2024, 5, 5, 3, 0, 0, DateTimeKind.Utc));

        var after = await _admin.GetPageAsync(detail);
        var alert = after.QuerySelector(".notice--error")!.TextContent;
        Assert.Contains("Số liệu đã thay đổi sau khi phát hành", alert);
        Assert.Contains("Tin tức: 4 → 5 (+1)", alert);
        Assert.Contains("Tin tức: 4", after.QuerySelector(".report-summary")!.TextContent);
        var list = await _admin.GetPageAsync("/admin/statistics/issued");
        Assert.Contains("125/BC-UBND", list.Body!.TextContent);
    }

    private async Task PublishNewsAsync(string title, DateTime publishedUtc)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync("News", new ContentInput
        {
            Title = title,
            PublishedUtc = publishedUtc,
            Fields = new NewsFields { Body = "<p>Nội dung.</p>", Category = "tin-hoat-dong" },
        }, null);
        await content.PublishAsync(item.Id, item.Revision, null);
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }
}
