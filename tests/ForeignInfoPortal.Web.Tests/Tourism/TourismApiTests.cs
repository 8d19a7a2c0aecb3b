using System.Net;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Web.Tests.Api;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Tourism;

/// <summary>The generic write API on the tourism type: its own rules come back in the problem shape, dates keep +07:00.</summary>
[Collection(SiteCollection.Name)]
public sealed class TourismApiTests(SiteFixture site)
{
    [Fact]
    public async Task Create_BadCoordinatesAndDates_Is422WithVietnameseFieldErrors_AndCreatesNothing()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var title = TourismForms.Title("Lễ hội sai API");
        var payload = Payload(title);
        payload["fields"]!["latitude"] = 95.5;
        payload["fields"]!["ends"] = "2027-02-17T08:00:00+07:00";

        var problem = await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/tourism", payload), HttpStatusCode.UnprocessableEntity, "validation_failed");

        Assert.Contains("Vĩ độ phải là số thập phân từ -90 đến 90, ví dụ 12.3456.", ApiAssert.Errors(problem, "Fields.Latitude"));
        Assert.Contains("Ngày giờ kết thúc phải sau ngày giờ bắt đầu.", ApiAssert.Errors(problem, "Fields.Ends"));
        Assert.Equal(0, await TourismForms.CountAsync(site, title));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("31/12/2026")]
    public async Task List_FromADayNoCalendarHolds_IsAProblemNotAnError(string day)
    {
        using var visitor = site.NewClient();
        await ApiAssert.ProblemAsync(await visitor.GetAsync("/api/content/tourism?from=" + day), HttpStatusCode.BadRequest, "invalid_filter");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/api/content/tourism?from=2026-12-31")).StatusCode);
    }

    [Fact]
    public async Task Create_DateWithoutOffset_Is400InvalidDate()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var title = TourismForms.Title("Lễ hội thiếu múi giờ");
        var payload = Payload(title);
        payload["fields"]!["starts"] = "2027-02-18T08:00:00";

        var problem = await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/tourism", payload), HttpStatusCode.BadRequest, "invalid_date");

        Assert.NotEmpty(ApiAssert.Errors(problem, "Fields.Starts"));
        Assert.Equal(0, await TourismForms.CountAsync(site, title));
    }

    [Fact]
    public async Task CreateAndPublish_ReadsBackInVietnamTime_WhateverOffsetWasSent()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var payload = Payload(TourismForms.Title("Lễ hội qua API"));
        payload["fields"]!["starts"] = "2027-02-18T01:00:00Z";

        var created = await ApiCaller.JsonAsync(await api.PostAsync("/api/content/tourism", payload), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var published = await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/tourism/{id}/publish", ifMatch: "\"1\""));

        using var visitor = site.NewClient();
        var item = await ApiCaller.JsonAsync(await visitor.GetAsync($"/api/content/tourism/{published.GetProperty("slug").GetString()}"));
        Assert.Equal("Festival", item.GetProperty("subtype").GetString());
        Assert.Equal("2027-02-18T08:00:00+07:00", item.GetProperty("fields").GetProperty("starts").GetString());
        Assert.Equal("2027-02-20T22:00:00+07:00", item.GetProperty("fields").GetProperty("ends").GetString());
    }

    private static JsonObject Payload(string title) => new()
    {
        ["title"] = title,
        ["summary"] = "Lễ hội thử nghiệm qua API.",
        ["fields"] = new JsonObject
        {
            ["kind"] = "Festival",
            ["story"] = "<p>Lễ hội thử nghiệm.</p>",
            ["ward"] = "phuong-duc-xuan",
            ["latitude"] = 22.1471,
            ["longitude"] = 105.8349,
            ["starts"] = "2027-02-18T08:00:00+07:00",
            ["ends"] = "2027-02-20T22:00:00+07:00",
        },
    };
}
