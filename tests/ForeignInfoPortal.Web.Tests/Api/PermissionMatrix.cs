using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>
/// What each role may do through the API, the same whether it calls with the admin's cookie or an API token: the
/// admin's rules (default role permissions), refusals as 403 problems that save nothing.
/// </summary>
public static class PermissionMatrix
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

    public static async Task RunAsync(ApiCaller admin, ApiCaller api, bool editsAny, bool publishes, bool setsDates)
    {
        var others = await ApiCaller.JsonAsync(await admin.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Created);
        var otherId = others.GetProperty("id").GetInt32();

        // Own drafts: every role that may write creates, reads and updates them.
        var payload = ApiPayloads.For("news");
        var own = await ApiCaller.JsonAsync(await api.PostAsync("/api/content/news", payload), HttpStatusCode.Created);
        var id = own.GetProperty("id").GetInt32();
        payload["revision"] = 1;
        await ApiCaller.JsonAsync(await api.PutAsync($"/api/content/news/{id}", payload));

        // Others' items need EditAny.
        await ExpectAsync(editsAny, await api.GetAsync($"/api/content/news/{otherId}"), "forbidden");
        await ExpectAsync(editsAny, await api.PutAsync($"/api/content/news/{otherId}", ApiPayloads.For("news"), ifMatch: "\"1\""), "forbidden");

        // A chosen date needs SetPublicationDate; refused, it saves nothing (the revision stays 2).
        var dated = await api.PostAsync($"/api/content/news/{id}/publish", new JsonObject { ["publishedAt"] = Date });
        await ExpectAsync(setsDates, dated, publishes ? "publication_date_forbidden" : "forbidden");
        if (setsDates)
        {
            var published = await ApiCaller.JsonAsync(dated);
            Assert.Equal(DateTimeOffset.Parse(Date, CultureInfo.InvariantCulture), published.GetProperty("publishedAt").GetDateTimeOffset());
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
