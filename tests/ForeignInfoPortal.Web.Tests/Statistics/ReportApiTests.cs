using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Security;
using static ForeignInfoPortal.Web.Tests.Statistics.LedgerSite;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary><c>GET /api/statistics/publications</c>: who may call it, what it refuses, what it returns.</summary>
public sealed class ReportApiTests(LedgerSite site) : IClassFixture<LedgerSite>
{
    [Fact]
    public async Task Anonymous_Gets401Problem_NotARedirect()
    {
        using var visitor = site.NewClient();
        var response = await visitor.GetAsync("/api/statistics/publications?from=2024-01-01&to=2024-06-30");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UserWithoutThePermission_Gets403()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        var response = await contributor.GetAsync("/api/statistics/publications?from=2024-01-01&to=2024-06-30");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("from=2024-01-01")]
    [InlineData("from=2024-02-30&to=2024-03-01")]
    [InlineData("from=2024-07-01&to=2024-06-30")]
    [InlineData("from=2000-01-01&to=2024-06-30")]
    [InlineData("from=2024-01-01&to=2024-06-30&groupBy=author")]
    public async Task BadInput_Gets400WithErrorCodeAndVietnameseDetail(string query)
    {
        using var admin = await site.SignInAsAdminAsync();
        var response = await admin.GetAsync($"/api/statistics/publications?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_report_request", body.RootElement.GetProperty("errorCode").GetString());
        Assert.Matches("[àáảãạăâđêôơư]", body.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task StatisticsViewer_GetsTheFigures_SplitByUnitAndMonth_WithTheYearBefore()
    {
        var ward = await site.UnitIdAsync("phuong-xuat-hoa");
        foreach (var (day, kind) in new[] { (Vn(2021, 1, 15), "radio"), (Vn(2021, 1, 20), "radio"), (Vn(2021, 2, 1), "tv"), (Vn(2020, 1, 5), "radio") })
        {
            var item = await site.CreateAsync(Probe("API", day, kind, ward));
            await site.PublishAsync(item.Id);
        }

        using var viewer = await site.SignInAsNewUserAsync(PortalRoles.StatisticsViewer);
        var response = await viewer.GetAsync("/api/statistics/publications?from=2021-01-01&to=2021-06-30&groupBy=unit,month&compare=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = body.RootElement.GetProperty("figures").EnumerateArray()
            .Where(r => r.GetProperty("contentType").GetString() == LedgerProbeFields.TypeName)
            .Select(r => (r.GetProperty("subtype").GetString(), r.GetProperty("month").GetString(), r.GetProperty("unitName").GetString(), r.GetProperty("published").GetInt32()))
            .ToList();
        Assert.Equal([("radio", "2021-01", "UBND phường Xuất Hóa", 2), ("tv", "2021-02", "UBND phường Xuất Hóa", 1)], rows);
        Assert.Equal(1, body.RootElement.GetProperty("previousYear").EnumerateArray()
            .Where(r => r.GetProperty("contentType").GetString() == LedgerProbeFields.TypeName).Sum(r => r.GetProperty("published").GetInt32()));
        Assert.Equal("unit", body.RootElement.GetProperty("request").GetProperty("groupBy")[0].GetString());
    }
}
