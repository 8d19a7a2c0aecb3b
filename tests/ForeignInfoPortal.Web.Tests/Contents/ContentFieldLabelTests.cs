using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Documents;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Contents;

/// <summary>
/// The version comparison and the audit trail name a type's own fields in Vietnamese (their <see cref="DisplayAttribute"/>),
/// never by the C# property name.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ContentFieldLabelTests(SiteFixture site)
{
    [Fact]
    public void EveryFieldOfEveryContentType_HasAVietnameseDisplayName()
    {
        var types = site.Services.GetRequiredService<IContentTypeRegistry>().All;
        Assert.NotEmpty(types);

        // What the comparison shows: the rows FieldValues makes of each type's own fields.
        var unnamed = types
            .SelectMany(t => FieldValues.Compare(t.FieldsType, null, null, t.Name + ".").Select(row => (row.Key, row.Label)))
            .Where(row => string.Equals(row.Key[(row.Key.IndexOf('.', StringComparison.Ordinal) + 1)..], row.Label, StringComparison.OrdinalIgnoreCase))
            .Select(row => row.Key)
            .ToList();

        Assert.Empty(unnamed);
    }

    [Fact]
    public async Task DocumentEdit_ComparisonAndAuditTrail_NameTheIssuingBodyInVietnamese()
    {
        using var admin = await site.SignInAsAdminAsync();
        var number = DocumentForms.NewNumber();
        var title = $"Kế hoạch đổi cơ quan ban hành số {number}";
        var id = PortalClient.IdFromEditRedirect(await DocumentForms.PostAsync(admin, DocumentForms.Fields(title, $"{number}/KH-UBND", submit: "save")));
        var revision = (await NewsForms.LoadAsync(site, id)).Revision;
        var edit = $"/admin/content/Document/{id}/edit";
        List<KeyValuePair<string, string>> fields =
        [
            .. DocumentForms.Fields(title, $"{number}/KH-UBND", issuer: "hdnd-tp", submit: "save"),
            new("Revision", revision.ToString(CultureInfo.InvariantCulture)),
        ];

        var response = await admin.PostFormAsync(edit, edit, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.GetPageAsync($"/admin/content/Document/{id}/history?a=1&b=2");
        var row = Assert.Single(page.QuerySelectorAll("#comparison tbody tr"), r => r.GetAttribute("data-changed") == "true");
        Assert.Equal("fields.issuingBody", row.GetAttribute("data-key"));
        Assert.Equal("Cơ quan ban hành", row.QuerySelector("th, td")?.TextContent.Trim());

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditActions.ContentEdit && e.SubjectId == id.ToString(CultureInfo.InvariantCulture))
            .OrderByDescending(e => e.Id).FirstAsync();
        var change = Assert.Single(FieldDiff.TryParse(entry.Details)!);
        Assert.Equal(("fields.issuingBody", "Cơ quan ban hành", "ubnd-tp", "hdnd-tp"), (change.Key, change.Label, change.Before, change.After));
    }
}
