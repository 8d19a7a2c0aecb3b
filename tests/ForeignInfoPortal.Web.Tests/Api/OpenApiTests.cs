using System.Text.Json;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Api;

[Collection(SiteCollection.Name)]
public sealed class OpenApiTests(SiteFixture site)
{
    [Fact]
    public async Task Document_DescribesTheContentAndStatisticsApi()
    {
        using var visitor = site.NewClient();
        using var document = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = document.RootElement;
        var paths = root.GetProperty("paths");

        (string Path, string[] Methods)[] expected =
        [
            ("/api/content/{type}", ["get", "post"]),
            ("/api/content/{type}/{slug}", ["get"]),
            ("/api/content/{type}/{id}", ["get", "put", "delete"]),
            ("/api/content/{type}/{id}/publish", ["post"]),
            ("/api/content/{type}/{id}/unpublish", ["post"]),
            ("/api/content/{type}/{id}/restore", ["post"]),
            ("/api/statistics/publications", ["get"]),
        ];
        foreach (var (path, methods) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing; paths: {string.Join(", ", paths.EnumerateObject().Select(p => p.Name))}");
            foreach (var method in methods)
            {
                Assert.True(item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is missing");
            }
        }

        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.StartsWith("/admin", StringComparison.Ordinal));
        var put = paths.GetProperty("/api/content/{type}/{id}").GetProperty("put");
        Assert.True(put.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(put.GetProperty("responses").TryGetProperty("409", out var conflict));
        Assert.True(conflict.GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(put.TryGetProperty("security", out _));

        var components = root.GetProperty("components");
        Assert.Equal("bearer", components.GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        var schemas = components.GetProperty("schemas");
        foreach (var name in new[] { "ContentApiDocument", "ContentWriteRequest", "NewsFields", "BroadcastFields", "DocumentFields" })
        {
            Assert.True(schemas.TryGetProperty(name, out _), $"schema {name} is missing");
        }
    }
}
