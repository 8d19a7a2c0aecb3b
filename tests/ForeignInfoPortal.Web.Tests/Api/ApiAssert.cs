using System.Net;
using System.Text.Json;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>The one error shape: problem+json with status, a Vietnamese title and detail, and a stable errorCode.</summary>
public static class ApiAssert
{
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {errorCode}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        var problem = document.RootElement.Clone();
        Assert.Equal(errorCode, problem.GetProperty("errorCode").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    /// <summary>The messages of one field in a problem's "errors".</summary>
    public static string[] Errors(JsonElement problem, string key) =>
        problem.GetProperty("errors").GetProperty(key).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
