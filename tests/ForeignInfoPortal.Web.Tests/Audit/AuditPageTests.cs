using System.Net;
using System.Text;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Admin;

namespace ForeignInfoPortal.Web.Tests.Audit;

/// <summary>/admin/audit: who may see it, search without diacritics, filters, the detail's diff and the CSV export.</summary>
[Collection(AuditCollection.Name)]
public sealed class AuditPageTests(AuditSite site)
{
    [Theory]
    [InlineData(PortalRoles.Editor)]
    [InlineData(PortalRoles.Contributor)]
    [InlineData(PortalRoles.StatisticsViewer)]
    public async Task WithoutAuditView_EveryAuditPageIs403(string role)
    {
        using var user = await site.SignInAsNewUserAsync(role);
        var id = (await site.EntriesAsync(q => q)).Last().Id;

        foreach (var url in new[] { "/admin/audit", $"/admin/audit/{id}", "/admin/audit/export.csv" })
        {
            AssertDenied(await user.GetAsync(url));
        }
    }

    [Fact]
    public async Task EditorInChief_SeesTheTrail_AndTheMenuEntry()
    {
        using var chief = await site.SignInAsNewUserAsync(PortalRoles.EditorInChief);

        var page = await chief.GetPageAsync("/admin/audit");

        Assert.NotNull(page.QuerySelector("#audit-entries"));
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/audit");
    }

    [Fact]
    public async Task Search_IgnoresDiacriticsAndCase_AndFiltersCombine()
    {
        var marker = Marker();
        await site.RecordAsync(new AuditRecord(AuditActions.ContentPublish, null, "bien.tap@test.local", "News", "1", $"Lễ hội Đền Cô {marker}"));
        await site.RecordAsync(new AuditRecord(AuditActions.ContentEdit, null, "bien.tap@test.local", "News", "1", $"Lễ hội Đền Cô {marker}"));
        await site.RecordAsync(new AuditRecord(AuditActions.ContentPublish, null, "khac@test.local", "News", "2", $"Hội nghị {marker}"));
        using var admin = await site.SignInAsAdminAsync();

        var folded = await Rows(admin, $"/admin/audit?q=le+hoi+den+co+{marker}");
        var filtered = await Rows(admin, $"/admin/audit?q={marker}&action={AuditActions.ContentPublish}");

        Assert.Equal([AuditActions.ContentEdit, AuditActions.ContentPublish], folded.Select(r => r.Action)); // newest first
        Assert.Equal(2, filtered.Count);
        Assert.All(filtered, r => Assert.Equal(AuditActions.ContentPublish, r.Action));
    }

    [Fact]
    public async Task DateRange_IsVietnamDays_AndABadDateSaysWhy()
    {
        var marker = Marker();
        // 16:59 and 17:00 UTC on 09/03 are the last minute of 09/03 and the first of 10/03 in Vietnam.
        await site.RecordAtAsync(new DateTimeOffset(2025, 3, 9, 16, 59, 0, TimeSpan.Zero), new AuditRecord("test.day", null, SubjectTitle: $"ngày 9 {marker}"));
        await site.RecordAtAsync(new DateTimeOffset(2025, 3, 9, 17, 0, 0, TimeSpan.Zero), new AuditRecord("test.day", null, SubjectTitle: $"ngày 10 {marker}"));
        using var admin = await site.SignInAsAdminAsync();

        var tenth = await Rows(admin, $"/admin/audit?q={marker}&from=10/03/2025&to=10/03/2025");
        var page = await admin.GetPageAsync($"/admin/audit?q={marker}&from=31/02/2025");

        var row = Assert.Single(tenth);
        Assert.Contains("ngày 10", row.Subject, StringComparison.Ordinal);
        Assert.StartsWith("10/03/2025 00:00:00", row.When, StringComparison.Ordinal);
        Assert.Contains("dd/MM/yyyy", page.QuerySelector("#from-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#audit-entries tbody tr").Length); // the bad filter is left out, not the list
    }

    [Fact]
    public async Task Details_ShowTheDiffAsATable()
    {
        var marker = Marker();
        var changes = new[] { new FieldDiff("title", "Tiêu đề", "Cũ", "Mới"), new FieldDiff("fields.body", "Nội dung", "", "Thân bài") };
        await site.RecordAsync(new AuditRecord(AuditActions.ContentEdit, null, "a@test.local", "News", "7", marker, FieldDiff.ToJson(changes)));
        var id = (await site.EntriesAsync(q => q.Where(e => e.SubjectTitle == marker))).Single().Id;
        using var admin = await site.SignInAsAdminAsync();

        var page = await admin.GetPageAsync($"/admin/audit/{id}");

        var rows = page.QuerySelectorAll("#audit-changes tbody tr")
            .Select(tr => string.Join("|", tr.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Tiêu đề|Cũ|Mới", "Nội dung|(trống)|Thân bài"], rows);
        Assert.NotNull(page.QuerySelector("a[href='/admin/content/News/7/history']"));
    }

    [Fact]
    public async Task CsvExport_IsTheFilteredList_InExcelFriendlyUtf8_WithFormulasDefused()
    {
        var marker = Marker();
        await site.RecordAtAsync(new DateTimeOffset(2025, 6, 30, 17, 30, 0, TimeSpan.Zero),
            new AuditRecord(AuditActions.SettingsChange, null, "=cmd|' /C calc'!A0", AuditSubjects.Settings, "Site", $"Cấu hình, \"Site\" {marker}", "@SUM(1+1)"));
        await site.RecordAsync(new AuditRecord(AuditActions.SignIn, null, "khong-lien-quan@test.local", SubjectTitle: "khác"));
        using var admin = await site.SignInAsAdminAsync();

        var response = await admin.GetAsync($"/admin/audit/export.csv?q={marker}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal("Thời điểm (giờ Việt Nam)", lines[0][0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Equal("01/07/2025 00:30:00", row[0]);
        Assert.Equal(("Thay đổi cấu hình", AuditActions.SettingsChange), (row[1], row[2]));
        Assert.Equal("'=cmd|' /C calc'!A0", row[3]);
        Assert.Equal($"Cấu hình, \"Site\" {marker}", row[7]);
        Assert.Equal("'@SUM(1+1)", row[8]);
    }

    /// <summary>The admin answers a refusal with its "access denied" page (403 there).</summary>
    internal static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    private static string Marker() => "m" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<List<(string When, string Action, string Subject)>> Rows(PortalClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelectorAll("#audit-entries tbody tr")
            .Select(tr => (tr.Children[0].TextContent.Trim(), tr.GetAttribute("data-action")!, tr.Children[3].TextContent.Trim()))
            .ToList();
    }

    // RFC 4180: quoted cells may hold commas, doubled quotes and line breaks.
    private static List<List<string>> ParseCsv(string text)
    {
        var lines = new List<List<string>>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                lines.Add(cells);
                cells = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return lines;
    }
}
