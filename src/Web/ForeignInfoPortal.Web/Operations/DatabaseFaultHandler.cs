using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Diagnostics;

namespace ForeignInfoPortal.Web.Operations;

/// <summary>
/// A request that failed because the database was busy or unreachable answers 503 with <c>Retry-After</c>: a problem
/// with <c>errorCode</c> <c>database_unavailable</c> on <c>/api</c>, a short page in the request's culture elsewhere. The change it
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

    private const string EnglishMessage =
        "The system is busy or cannot reach its database for the moment, so your request was not carried out and nothing was saved. Please try again in a few minutes.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFaults.IsUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("The database is unavailable; answered 503 ({Error})", exception.GetBaseException().Message);
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        await ServiceUnavailable.WriteAsync(httpContext, new PathString(path).StartsWithSegments(ApiProblem.PathPrefix), RetryAfterSeconds,
            ErrorCode, Message, EnglishMessage);
        return true;
    }
}
