using System.Net;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>
/// Writes through the API move the publication ledger and counters exactly as the admin's do: after every step of a
/// life (publish, back-date, unpublish, delete, restore, re-publish) the report says what happened and
/// <c>counters verify</c> finds no drift. The item lives in 2007, a year no other test publishes in.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ContentApiStatisticsTests(SiteFixture site)
{
    [Fact]
    public async Task ApiDrivenLife_KeepsTheReportRightAndTheCountersClean()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var payload = ApiPayloads.For("news");
        var id = (await ApiCaller.JsonAsync(await api.PostAsync("/api/content/news", payload), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await ExpectAsync(Periods.Year(2007), 0, 0);

        await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{id}/publish", new JsonObject { ["publishedAt"] = "2007-03-10T10:00:00+07:00" }));
        await ExpectAsync(Periods.Month(2007, 3), 1, 0);

        // Back-dating: a new draft, published with an earlier date, moves the item to January.
        payload["revision"] = 2;
        await ApiCaller.JsonAsync(await api.PutAsync($"/api/content/news/{id}", payload));
        await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{id}/publish", new JsonObject { ["publishedAt"] = "2007-01-05T09:00:00+07:00" }));
        await ExpectAsync(Periods.Month(2007, 3), 0, 0);
        await ExpectAsync(Periods.Month(2007, 1), 1, 0);

        await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{id}/unpublish"));
        await ExpectAsync(Periods.Year(2007), 0, 1);

        await ApiCaller.JsonAsync(await api.DeleteAsync($"/api/content/news/{id}"));
        await ExpectAsync(Periods.Year(2007), 0, 1);

        await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{id}/restore"));
        await ExpectAsync(Periods.Year(2007), 0, 1);

        var republished = await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{id}/publish"));
        Assert.Equal(new DateTimeOffset(2007, 1, 5, 9, 0, 0, TimeSpan.FromHours(7)), republished.GetProperty("publishedAt").GetDateTimeOffset());
        await ExpectAsync(Periods.Month(2007, 1), 1, 0);
        await ExpectAsync(Periods.Year(2007), 1, 0);
    }

    private async Task ExpectAsync(ReportPeriod period, int published, int withdrawn)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IPublicationReportService>().BuildAsync(new ReportRequest(period.From, period.To));
        var news = report.Figures.Where(f => f.ContentType == "News").ToList();
        Assert.Equal((published, withdrawn), (news.Sum(f => f.Published), news.Sum(f => f.Withdrawn)));

        var verb = site.Services.GetServices<IHostVerb>().Single(v => v.Name == "counters");
        using var output = new StringWriter();
        var exit = await verb.RunAsync(["verify"], output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
        Assert.Contains("Không có sai lệch.", output.ToString());
    }
}
