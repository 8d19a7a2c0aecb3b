using System.Net;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>The API grants exactly what the admin grants, role by role (default role permissions).</summary>
[Collection(SiteCollection.Name)]
public sealed class ContentApiPermissionTests(SiteFixture site)
{
    private const string Date = "2024-06-30T23:30:00+07:00";

    public static TheoryData<string, bool, bool, bool> Roles => new()
    {
        // role, edits others' items, publishes/unpublishes/deletes, sets publication dates
        { PortalRoles.Contributor, false, false, false },
        { PortalRoles.Editor, true, true, false },
        { PortalRoles.EditorInChief, true, true, true },
        { PortalRoles.Administrator, true, true, true },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Role_MayDoWhatTheAdminLetsIt(string role, bool editsAny, bool publishes, bool setsDates)
    {
        using var admin = new ApiCaller(await site.SignInAsAdminAsync());
        var others = await ApiCaller.JsonAsync(await admin.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Created);
        var otherId = others.GetProperty("id").GetInt32();
        using var api = new ApiCaller(await site.SignInAsNewUserAsync(role));

        // Own drafts: every role that may write creates, reads and updates them.
        var payload = ApiPayloads.For("news");
        var own = await ApiCaller.JsonAsync(await api.PostAsync("/api/content/news", payload), HttpStatusCode.Created);
        var id = own.GetProperty("id").GetInt32();
        payload["revision"] = 1;
        await ApiCaller.JsonAsync(await api.PutAsync($"/api/content/news/{id}", payload));

        // Others' items need EditAny.
        var otherRead = await api.GetAsync($"/api/content/news/{otherId}");
        var otherWrite = await api.PutAsync($"/api/content/news/{otherId}", ApiPayloads.For("news"), ifMatch: "\"1\"");
        await ExpectAsync(editsAny, otherRead, "forbidden");
        await ExpectAsync(editsAny, otherWrite, "forbidden");

        // A chosen date needs SetPublicationDate; refused, it saves nothing (the revision stays 2).
        var dated = await api.PostAsync($"/api/content/news/{id}/publish", new JsonObject { ["publishedAt"] = Date });
        await ExpectAsync(setsDates, dated, publishes ? "publication_date_forbidden" : "forbidden");
        if (setsDates)
        {
            var published = await ApiCaller.JsonAsync(dated);
            Assert.Equal(DateTimeOffset.Parse(Date, System.Globalization.CultureInfo.InvariantCulture), published.GetProperty("publishedAt").GetDateTimeOffset());
            await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{id}/unpublish"));
        }
        else
        {
            Assert.Equal(2, (await ApiCaller.JsonAsync(await api.GetAsync($"/api/content/news/{id}"))).GetProperty("revision").GetInt32());
        }

        await ExpectAsync(publishes, await api.PostAsync($"/api/content/news/{id}/publish"), "forbidden");
        await ExpectAsync(publishes, await api.PostAsync($"/api/content/news/{id}/unpublish"), "forbidden");
        await ExpectAsync(publishes, await api.DeleteAsync($"/api/content/news/{id}"), "forbidden");
        await ExpectAsync(publishes, await api.PostAsync($"/api/content/news/{id}/restore"), "forbidden");
    }

    [Fact]
    public async Task Anonymous_IsRefusedWith401ProblemsAndNeverRedirected()
    {
        using var admin = new ApiCaller(await site.SignInAsAdminAsync());
        var id = (await ApiCaller.JsonAsync(await admin.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using var anonymous = new ApiCaller(site.NewClient(), sendAntiforgery: false);

        HttpResponseMessage[] responses =
        [
            await anonymous.PostAsync("/api/content/news", ApiPayloads.For("news")),
            await anonymous.GetAsync($"/api/content/news/{id}"),
            await anonymous.PutAsync($"/api/content/news/{id}", ApiPayloads.For("news"), ifMatch: "\"1\""),
            await anonymous.PostAsync($"/api/content/news/{id}/publish"),
            await anonymous.PostAsync($"/api/content/news/{id}/unpublish"),
            await anonymous.DeleteAsync($"/api/content/news/{id}"),
            await anonymous.PostAsync($"/api/content/news/{id}/restore"),
        ];
        foreach (var response in responses)
        {
            await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
            Assert.Null(response.Headers.Location);
        }

        Assert.Equal(1, (await ApiCaller.JsonAsync(await admin.GetAsync($"/api/content/news/{id}"))).GetProperty("revision").GetInt32());
    }

    private static async Task ExpectAsync(bool allowed, HttpResponseMessage response, string refusal)
    {
        if (allowed)
        {
            await ApiCaller.JsonAsync(response);
        }
        else
        {
            await ApiAssert.ProblemAsync(response, HttpStatusCode.Forbidden, refusal);
        }
    }
}
