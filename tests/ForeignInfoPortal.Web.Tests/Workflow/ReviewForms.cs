using System.Globalization;
using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Workflow;

/// <summary>The review panel's posts as a browser sends them, and what they stored.</summary>
internal static class ReviewForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(PortalClient client, int id, int revision, string? note = null) =>
        await client.PostFormAsync(NewsForms.EditPage(id), $"/admin/review/News/{id}/submit",
            [new("Revision", Text(revision)), new("note", note ?? "")]);

    public static async Task<HttpResponseMessage> ApproveAsync(PortalClient client, int id, int revision) =>
        await client.PostFormAsync(NewsForms.EditPage(id), $"/admin/review/News/{id}/approve", [new("Revision", Text(revision))]);

    public static async Task<HttpResponseMessage> ReturnAsync(PortalClient client, int id, int revision, string comment) =>
        await client.PostFormAsync(NewsForms.EditPage(id), $"/admin/review/News/{id}/return",
            [new("Revision", Text(revision)), new("comment", comment)]);

    /// <summary>Creates a news draft as <paramref name="client"/> and submits it; returns its id.</summary>
    public static async Task<int> DraftAndSubmitAsync(PortalFactory site, PortalClient client, string title)
    {
        var id = await NewsForms.CreateAsync(client, title);
        AssertBackToEditor(await SubmitAsync(client, id, (await NewsForms.LoadAsync(site, id)).Revision), id);
        return id;
    }

    /// <summary>A review action answered with the redirect back to the item's editor.</summary>
    public static void AssertBackToEditor(HttpResponseMessage response, int id)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(NewsForms.EditPage(id), response.Headers.Location?.OriginalString);
    }

    /// <summary>A refusal for lack of permission: 403, or the admin's redirect to its "access denied" page.</summary>
    public static void AssertForbidden(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/admin/account/denied", StringComparison.Ordinal)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    public static async Task<ContentReview?> ReviewAsync(PortalFactory site, int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ContentReview>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.ContentItemId == id);
    }

    public static async Task<List<Notification>> NotificationsAsync(PortalFactory site, string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Notification>().AsNoTracking()
            .Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>The audit entries about one news item, oldest first.</summary>
    public static async Task<List<AuditEntry>> AuditAsync(PortalFactory site, int id)
    {
        var subject = Text(id);
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == "News" && a.SubjectId == subject).OrderBy(a => a.Id).ToListAsync();
    }

    public static async Task<string> UserIdAsync(PortalFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
