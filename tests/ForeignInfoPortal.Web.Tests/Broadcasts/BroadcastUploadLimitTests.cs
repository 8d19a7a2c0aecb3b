using System.Net;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Broadcasts;

/// <summary>A site of its own whose media limit is 1 MB (Portal:Broadcasts:MaxMediaMegabytes).</summary>
public sealed class SmallMediaLimitSite() : PortalFactory(new Dictionary<string, string?> { ["Portal:Broadcasts:MaxMediaMegabytes"] = "1" });

public sealed class BroadcastUploadLimitTests(SmallMediaLimitSite site) : IClassFixture<SmallMediaLimitSite>
{
    [Fact]
    public async Task MediaOverTheConfiguredLimit_IsRefused_AndNothingIsSaved()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = BroadcastForms.Title("Tệp quá lớn");
        var before = await BroadcastForms.CountAsync(site, title);

        var response = await editor.PostMultipartAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage,
            BroadcastForms.Fields(title), [(BroadcastForms.MediaInput, "qua-lon.wav", BroadcastForms.Wav(1_500_000))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var error = page.QuerySelector("#Fields_Media-error")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(error), "No message under the media upload.");
        Assert.Contains("MB", error, StringComparison.Ordinal);
        Assert.Equal(before, await BroadcastForms.CountAsync(site, title));

        var small = await editor.PostMultipartAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage,
            BroadcastForms.Fields(BroadcastForms.Title("Tệp vừa")), [(BroadcastForms.MediaInput, "vua.wav", BroadcastForms.Wav(500_000))]);
        PortalClient.IdFromEditRedirect(small);
    }
}
