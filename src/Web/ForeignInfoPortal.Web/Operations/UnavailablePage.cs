using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Web.Operations;

/// <summary>
/// The host's own 503 page, in the request's culture, with <c>Retry-After</c> and <c>no-store</c>: written without the
/// theme, whose layout reads the site's settings from a database that may be what failed or what is overloaded.
/// </summary>
internal static class UnavailablePage
{
    // Vietnamese stays readable in the page's source, as the theme's pages write it.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Task WriteAsync(HttpContext context, int retryAfterSeconds, string vietnameseMessage, string englishMessage)
    {
        var english = PortalCultures.IsEnglish;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var title = english ? "Service temporarily unavailable" : "Hệ thống tạm thời gián đoạn";
        var home = english ? PortalCultures.EnglishPathPrefix + "/" : "/";
        var page = $"""
            <!DOCTYPE html>
            <html lang="{(english ? "en" : "vi")}">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="robots" content="noindex" />
                <title>{title}</title>
                <link rel="stylesheet" href="/_content/ForeignInfoPortal.Themes.Portal/css/site.css" />
            </head>
            <body>
                <main id="noi-dung" class="error-page">
                    <p class="error-code" aria-hidden="true">503</p>
                    <h1>{title}</h1>
                    <p>{Encoder.Encode(english ? englishMessage : vietnameseMessage)}</p>
                    <p>{(english ? "Request id" : "Mã yêu cầu")}: <code>{Encoder.Encode(context.TraceIdentifier)}</code></p>
                    <p><a class="button" href="{home}">{(english ? "Home page" : "Về trang chủ")}</a></p>
                </main>
            </body>
            </html>
            """;
        return response.WriteAsync(page, context.RequestAborted);
    }
}
