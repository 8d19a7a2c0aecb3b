using System.Globalization;
using System.Text.Encodings.Web;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Diagnostics;

namespace ForeignInfoPortal.Web.Operations;

/// <summary>
/// A request that failed because the database was busy or unreachable answers 503 with <c>Retry-After</c>: a problem
/// with <c>errorCode</c> <c>database_unavailable</c> on <c>/api</c>, a short Vietnamese page elsewhere. The change it
/// carried was in a transaction that did not commit, so nothing of it is kept; the answer says so. The page is written
/// here rather than by the theme's error page because that page reads the site's settings from the database that has
/// just failed.
/// </summary>
internal sealed class DatabaseFaultHandler(ILogger<DatabaseFaultHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait: long enough for a lock to clear or a server to restart.</summary>
    public const int RetryAfterSeconds = 30;

    public const string ErrorCode = "database_unavailable";

    public const string Message =
        "Hệ thống đang bận hoặc tạm thời không kết nối được cơ sở dữ liệu nên chưa thực hiện được yêu cầu; không có thay đổi nào được lưu. Vui lòng thử lại sau ít phút.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFaults.IsUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("The database is unavailable; answered 503 ({Error})", exception.GetBaseException().Message);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        httpContext.Response.Headers.CacheControl = "no-store";
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (new PathString(path).StartsWithSegments(ApiProblem.PathPrefix))
        {
            await ApiProblem.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, ErrorCode, Message);
            return true;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        await httpContext.Response.WriteAsync(Page(httpContext.TraceIdentifier), cancellationToken);
        return true;
    }

    private static string Page(string requestId) => $"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="robots" content="noindex" />
            <title>Hệ thống tạm thời gián đoạn</title>
            <link rel="stylesheet" href="/_content/ForeignInfoPortal.Themes.Portal/css/site.css" />
        </head>
        <body>
            <main id="noi-dung" class="error-page">
                <p class="error-code" aria-hidden="true">503</p>
                <h1>Hệ thống tạm thời gián đoạn</h1>
                <p>{Message}</p>
                <p>Mã yêu cầu: <code>{HtmlEncoder.Default.Encode(requestId)}</code></p>
                <p><a class="button" href="/">Về trang chủ</a></p>
            </main>
        </body>
        </html>
        """;
}
