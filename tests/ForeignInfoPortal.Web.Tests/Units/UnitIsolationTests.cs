using System.Globalization;
using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Units;

/// <summary>A site of its own, so that the statistics of its wards hold only what these tests publish.</summary>
public sealed class UnitSite : PortalFactory
{
    public const string WardA = "phuong-duc-xuan";
    public const string WardB = "phuong-song-cau";

    public async Task<int> UnitIdAsync(string code)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }
}

/// <summary>
/// Unit isolation: a contributor drafts for their own wards only and never meets another ward's drafts, in the admin
/// list, the editor, the actions or the API; a colleague of the same ward may read (not change) them.
/// </summary>
public sealed class UnitIsolationTests(UnitSite site) : IClassFixture<UnitSite>
{
    [Fact]
    public async Task ContributorOfWardB_CannotListOpenEditPublishOrReadThroughTheApi_ADraftOfWardA()
    {
        using var authorA = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        var title = Title("Tin phường A");
        var id = await NewsForms.CreateAsync(authorA, title);
        Assert.Equal(await site.UnitIdAsync(UnitSite.WardA), (await NewsForms.LoadAsync(site, id)).Versions.Single(v => v.IsLatest).UnitId);

        using var wardB = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardB);
        Assert.DoesNotContain(title, (await wardB.GetPageAsync("/admin/content/News?status=draft")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await wardB.GetPageAsync($"/admin/content/News?q={Uri.EscapeDataString(title)}")).Body!.TextContent, StringComparison.Ordinal);
        AssertDenied(await wardB.GetAsync(NewsForms.EditPage(id)));
        AssertDenied(await wardB.PostFormAsync(NewsForms.CreatePage, NewsForms.EditPage(id), NewsForms.Fields("Sửa trộm", revision: 1)));
        AssertDenied(await wardB.PostFormAsync(NewsForms.CreatePage, $"/admin/content/News/{id}/publish", [new("revision", "1")]));
        AssertDenied(await wardB.PostFormAsync(NewsForms.CreatePage, $"/admin/content/News/{id}/delete", [new("revision", "1")]));

        using var api = new ApiCaller(wardB);
        await ApiAssert.ProblemAsync(await api.GetAsync($"/api/content/news/{id}"), HttpStatusCode.Forbidden, "forbidden");
        await ApiAssert.ProblemAsync(await api.PutAsync($"/api/content/news/{id}", ApiPayloads.For("news"), ifMatch: "\"1\""), HttpStatusCode.Forbidden, "forbidden");
        await ApiAssert.ProblemAsync(await api.PostAsync($"/api/content/news/{id}/publish"), HttpStatusCode.Forbidden, "forbidden");

        var stored = await NewsForms.LoadAsync(site, id);
        Assert.Equal(1, stored.Revision);
        Assert.Equal(title, stored.Versions.Single(v => v.IsLatest).Title);
    }

    [Fact]
    public async Task ContributorsOfWardA_SeeWardADrafts_TheAuthorEdits_AColleagueOnlyReads()
    {
        using var author = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        var title = Title("Nháp phường A");
        var id = await NewsForms.CreateAsync(author, title);

        // The author lists, opens and saves their draft, through the admin and the API.
        Assert.Contains(title, (await author.GetPageAsync("/admin/content/News")).Body!.TextContent, StringComparison.Ordinal);
        var response = await author.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), NewsForms.Fields(title + " (sửa)", revision: 1));
        Assert.Equal(id, PortalClient.IdFromEditRedirect(response));
        using (var authorApi = new ApiCaller(author))
        {
            var read = await ApiCaller.JsonAsync(await authorApi.GetAsync($"/api/content/news/{id}"));
            Assert.Equal(title + " (sửa)", read.GetProperty("title").GetString());
        }

        // A colleague of the same ward (ViewDrafts) lists it and reads it, read-only; saving and publishing are refused.
        using var colleague = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        Assert.Contains(title, (await colleague.GetPageAsync("/admin/content/News")).Body!.TextContent, StringComparison.Ordinal);
        var page = await colleague.GetPageAsync(NewsForms.EditPage(id));
        Assert.Equal("Xem nội dung", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(page.QuerySelector("fieldset.form__readonly")!.HasAttribute("disabled"));
        Assert.Null(page.QuerySelector("button[name=submit]"));
        AssertDenied(await colleague.PostFormAsync(NewsForms.CreatePage, NewsForms.EditPage(id), NewsForms.Fields("Sửa của đồng nghiệp", revision: 2)));
        AssertDenied(await colleague.PostFormAsync(NewsForms.CreatePage, $"/admin/content/News/{id}/publish", [new("revision", "2")]));
        using var colleagueApi = new ApiCaller(colleague);
        Assert.Equal(title + " (sửa)", (await ApiCaller.JsonAsync(await colleagueApi.GetAsync($"/api/content/news/{id}"))).GetProperty("title").GetString());
        await ApiAssert.ProblemAsync(await colleagueApi.PutAsync($"/api/content/news/{id}", ApiPayloads.For("news"), ifMatch: "\"2\""), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(2, (await NewsForms.LoadAsync(site, id)).Revision);
    }

    [Fact]
    public async Task TheEditorOffersOnlyTheContributorsUnits_WithTheDefaultChosen_AndRefusesAnother()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardB, UnitSite.WardA);
        var wardA = await site.UnitIdAsync(UnitSite.WardA);
        var wardB = await site.UnitIdAsync(UnitSite.WardB);

        var form = await contributor.GetPageAsync(NewsForms.CreatePage);
        var options = form.QuerySelectorAll("select[name=UnitId] option").Select(o => (o.GetAttribute("value"), o.HasAttribute("selected"))).ToList();
        Assert.Equal(2, options.Count);
        Assert.Contains((wardB.ToString(CultureInfo.InvariantCulture), true), options);
        Assert.Contains((wardA.ToString(CultureInfo.InvariantCulture), false), options);

        // The second of their units is theirs too.
        var title = Title("Tin cho phường thứ hai");
        var id = PortalClient.IdFromEditRedirect(await contributor.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage,
            [.. NewsForms.Fields(title), new("UnitId", wardA.ToString(CultureInfo.InvariantCulture))]));
        Assert.Equal(wardA, (await NewsForms.LoadAsync(site, id)).Versions.Single(v => v.IsLatest).UnitId);

        // Another unit: a field error on the form, the typed title kept, nothing saved.
        var other = await site.UnitIdAsync("xa-duong-quang");
        var before = await NewsForms.CountAsync(site);
        var refused = await contributor.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage,
            [.. NewsForms.Fields("Tin cho xã khác"), new("UnitId", other.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.Contains("Bạn chỉ soạn được nội dung cho đơn vị của mình", page.QuerySelector("#UnitId-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tin cho xã khác", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal(before, await NewsForms.CountAsync(site));

        // The API the same: 422 on UnitId, nothing saved; without unitId the default unit.
        using var api = new ApiCaller(contributor);
        var payload = ApiPayloads.For("news");
        payload["unitId"] = other;
        var problem = await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/news", payload), HttpStatusCode.UnprocessableEntity, "unit_forbidden");
        Assert.Contains("đơn vị của mình", ApiAssert.Errors(problem, "UnitId")[0], StringComparison.Ordinal);
        Assert.Equal(before, await NewsForms.CountAsync(site));
        var created = await ApiCaller.JsonAsync(await api.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Created);
        Assert.Equal(wardB, created.GetProperty("unitId").GetInt32());
    }

    [Fact]
    public async Task AContributorsItem_IsCountedUnderTheirUnit_WhenPublished()
    {
        const string Ward = "phuong-huyen-tung";
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor, Ward);
        var id = await NewsForms.CreateAsync(contributor, Title("Tin được thống kê"));
        using var admin = await site.SignInAsAdminAsync();
        var revision = (await NewsForms.LoadAsync(site, id)).Revision.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/publish", [new("revision", revision)])).StatusCode);

        var today = VietnamTime.FromUtc(DateTime.UtcNow).Date;
        var query = $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&groupBy=unit";
        using var body = JsonDocument.Parse(await admin.Http.GetStringAsync(new Uri($"/api/statistics/publications?{query}", UriKind.Relative)));
        var rows = body.RootElement.GetProperty("figures").EnumerateArray()
            .Where(r => r.GetProperty("contentType").GetString() == "News" && r.GetProperty("published").GetInt32() > 0)
            .Select(r => (r.GetProperty("unitName").GetString(), r.GetProperty("published").GetInt32())).ToList();
        Assert.Contains(("UBND phường Huyền Tụng", 1), rows);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/admin/account/denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    private static string Title(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];
}
