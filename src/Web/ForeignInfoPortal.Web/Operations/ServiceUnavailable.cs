using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Web;

namespace ForeignInfoPortal.Web.Operations;

/// <summary>
/// The host's own 503 answer, with <c>Retry-After</c> and <c>no-store</c>: a problem with its <c>errorCode</c> on
/// <c>/api</c>, elsewhere a short page in the request's culture, written without the theme, whose layout reads the site's
/// settings from a database that may be what failed or what is overloaded.
/// </summary>
internal static class ServiceUnavailable
{
    // Vietnamese stays readable in the page's source, as the theme's pages write it.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The caller says whether the request was to the API: an exception handler knows it from the failed request's path,
    // as the request's own path has become the handler's by then.
    public static Task WriteAsync(HttpContext context, bool api, int retryAfterSeconds, string errorCode, string vietnameseMessage, string englishMessage)
    {
        var response = context.Response;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (api)
        {
            // API clients get the Vietnamese message, as every problem of the API gives it.
            return ApiProblem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, errorCode, vietnameseMessage);
        }

        var english = PortalCultures.IsEnglish;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
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
