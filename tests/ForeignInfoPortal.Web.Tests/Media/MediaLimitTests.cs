using System.Net;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Media;

/// <summary>A site with small upload limits: 1 MB per file field, 2 MB per picture, so the request limit is 2 × 2 + 16 MB.</summary>
public sealed class MediaLimitSite() : PortalFactory(new Dictionary<string, string?>
{
    ["Portal:Files:MaxMegabytes"] = "1",
    ["Portal:Broadcasts:MaxMediaMegabytes"] = "1",
    ["Portal:Media:MaxMegabytes"] = "2",
});

/// <summary>The upload request limit counts the media library's own limit, and a larger body is refused before it is read.</summary>
public sealed class MediaLimitTests(MediaLimitSite site) : IClassFixture<MediaLimitSite>
{
    [Fact]
    public async Task Upload_AboveTheRequestLimit_IsRefusedInVietnamese_AndKeepsNothing()
    {
        using var admin = await site.SignInAsAdminAsync();
        var before = await CountAsync();

        var (status, body) = await MediaFixture.UploadAsync(admin, "quá lớn.jpg", new byte[21 * 1024 * 1024]);

        Assert.True(status == HttpStatusCode.RequestEntityTooLarge, $"{status} {body}");
        Assert.Contains("quá lớn", body.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
        Assert.Empty(Directory.Exists(Path.Combine(site.DataFolder, "media-work"))
            ? Directory.GetFiles(Path.Combine(site.DataFolder, "media-work"), "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Upload_BelowTheRequestLimit_ReachesThePictureCheck()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();

        // 19 MB is above what the file fields alone allow (2 × 1 + 16 MB) but within the limit that counts the picture
        // limit (2 × 2 + 16 MB): the body is read and the picture refused by its own 2 MB limit, in Vietnamese.
        var (status, body) = await MediaFixture.UploadAsync(admin, "lớn.jpg", new byte[19 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("lớn hơn giới hạn 2 MB", body.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<(int Items, int Files)> CountAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ForeignInfoPortal.Core.Data.PortalDbContext>();
        return (await db.Set<ForeignInfoPortal.Media.Models.MediaItem>().CountAsync(), await db.Files.CountAsync());
    }
}
