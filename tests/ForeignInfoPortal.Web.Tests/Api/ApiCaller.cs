using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>
/// Calls the JSON API as a client would: a signed-in user's cookie with the antiforgery header read from an admin
/// form (as a script in the admin would), or an API token; bodies as JSON or multipart.
/// </summary>
public sealed class ApiCaller(PortalClient client, bool sendAntiforgery = true) : IDisposable
{
    private string? _antiforgery;

    public PortalClient Client { get; } = client;

    public Task<HttpResponseMessage> PostAsync(string url, JsonNode? body = null, string? ifMatch = null) => SendAsync(HttpMethod.Post, url, body, ifMatch);

    public Task<HttpResponseMessage> PutAsync(string url, JsonNode body, string? ifMatch = null) => SendAsync(HttpMethod.Put, url, body, ifMatch);

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url);

    public Task<HttpResponseMessage> DeleteAsync(string url, string? ifMatch = null) => SendAsync(HttpMethod.Delete, url, ifMatch: ifMatch);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null) =>
        SendAsync(method, url, body is null ? null : JsonContent.Create(body), ifMatch);

    /// <summary>A multipart write: the JSON in the "content" part and each file as (part name, file name, bytes).</summary>
    public Task<HttpResponseMessage> SendMultipartAsync(HttpMethod method, string url, JsonNode content,
        IEnumerable<(string Part, string FileName, byte[] Bytes)> files, string? ifMatch = null)
    {
        var body = new MultipartFormDataContent { { new StringContent(content.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), "content" } };
        foreach (var (part, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            body.Add(file, part, fileName);
        }

        return SendAsync(method, url, body, ifMatch);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (sendAntiforgery && method != HttpMethod.Get)
        {
            request.Headers.Add("RequestVerificationToken", _antiforgery ??= await ReadAntiforgeryTokenAsync());
        }

        return await Client.Http.SendAsync(request);
    }

    /// <summary>The response's JSON, after checking its status.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public void Dispose() => Client.Dispose();

    // Any admin form carries a token for this user; the password page is open to every signed-in user.
    private async Task<string> ReadAntiforgeryTokenAsync()
    {
        var page = await Client.GetPageAsync("/admin/account/change-password");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
