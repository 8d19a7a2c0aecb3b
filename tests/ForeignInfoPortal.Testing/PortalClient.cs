using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ForeignInfoPortal.Testing;

/// <summary>An HTTP client that speaks the portal's forms: it reads antiforgery tokens and posts like a browser.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> GetAsync(string url) => await Http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>GETs a page, expecting 200, and parses it.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {Truncate(html)}");
        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>Posts a form the way the page at <paramref name="formPage"/> would, with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetPageAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token on {formPage}");
        var body = fields.Append(new("__RequestVerificationToken", token!));
        return await Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(body));
    }

    /// <summary>
    /// Posts a multipart form (file uploads) the way the page at <paramref name="formPage"/> would, with its
    /// antiforgery token; each file is (input name, file name, bytes).
    /// </summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields,
        IEnumerable<(string Name, string FileName, byte[] Content)> files)
    {
        var page = await GetPageAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token on {formPage}");
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new("__RequestVerificationToken", token!)))
        {
            body.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            body.Add(part, name, fileName);
        }

        return await Http.PostAsync(new Uri(action, UriKind.Relative), body);
    }

    /// <summary>Signs in through the sign-in form and checks that it worked.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/admin/account/login", "/admin/account/login",
            [new("Email", email), new("Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {email} → {(int)response.StatusCode}: {Truncate(await response.Content.ReadAsStringAsync())}");
    }

    /// <summary>Parses a response body as HTML.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The id in a redirect to /admin/content/{type}/{id}/edit.</summary>
    public static int IdFromEditRedirect(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = Parser.ParseDocument(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            var errors = string.Join(" | ", page.QuerySelectorAll("[role=alert], .field-validation-error, .validation-summary-errors li").Select(e => e.TextContent.Trim()));
            Assert.Fail($"Expected a redirect to the editor, got {(int)response.StatusCode}: {errors}");
        }

        var match = EditPath().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Not an edit redirect: {response.Headers.Location}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Http.Dispose();

    private static string Truncate(string text) => text.Length > 600 ? text[..600] : text;

    [GeneratedRegex(@"/admin/content/\w+/(\d+)/edit")]
    private static partial Regex EditPath();
}
