using System.Globalization;
using System.Net;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>A site with tiny limits: 2 KB of JSON, 100 KB of multipart, three anonymous reads an hour.</summary>
public sealed class ApiLimitsSite() : PortalFactory(new Dictionary<string, string?>
{
    ["Portal:Api:MaxJsonKilobytes"] = "2",
    ["Portal:Api:MaxMultipartMegabytes"] = "0.1",
    ["Portal:RateLimits:AnonymousReads:PermitLimit"] = "3",
    ["Portal:RateLimits:AnonymousReads:WindowSeconds"] = "3600",
});

public sealed class ApiLimitsTests(ApiLimitsSite site) : IClassFixture<ApiLimitsSite>
{
    [Fact]
    public async Task OversizedJson_Is413_AndSavesNothing()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var before = await NewsForms.CountAsync(site);
        var payload = ApiPayloads.For("news");
        payload["fields"]!["body"] = "<p>" + new string('a', 4000) + "</p>";

        await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/news", payload), HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal(before, await NewsForms.CountAsync(site));
    }

    [Fact]
    public async Task OversizedMultipart_Is413_AndSavesNothing()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var before = await NewsForms.CountAsync(site);
        var payload = ApiPayloads.For("documents");

        var response = await api.SendMultipartAsync(HttpMethod.Post, "/api/content/documents", payload,
            [("uploads.attachments", "lon.pdf", GeneratedFiles.Pdf("Lon", Enumerable.Range(0, 12_000).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList()))]);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal(before, await NewsForms.CountAsync(site));
    }

    [Fact]
    public async Task AnonymousReads_BeyondTheLimit_Get429WithRetryAfter_SignedInUsersDoNot()
    {
        using var visitor = site.NewClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/api/content/news")).StatusCode);
        }

        var refused = await visitor.GetAsync("/api/content/news");
        var problem = await ApiAssert.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);
        Assert.Contains("giây", problem.GetProperty("detail").GetString());

        using var editor = new ApiCaller(await site.SignInAsAdminAsync());
        for (var i = 0; i < 5; i++)
        {
            await ApiCaller.JsonAsync(await editor.GetAsync("/api/content/news"));
        }
    }
}
