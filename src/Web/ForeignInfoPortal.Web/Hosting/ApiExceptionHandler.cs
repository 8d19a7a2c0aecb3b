using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Diagnostics;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary>
/// An unhandled error on <c>/api</c> answers as the API answers everything else: a 500 problem with a stable code,
/// never the HTML error page (which the exception handler re-executes for pages). Nothing of the exception leaves
/// the server; it is logged here, because the exception handler middleware logs nothing of an error a handler took.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps the original path.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!new PathString(path).StartsWithSegments(ApiProblem.PathPrefix))
        {
            return false;
        }

        logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, path);
        await ApiProblem.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, "internal_error",
            "Hệ thống gặp lỗi nên chưa thực hiện được yêu cầu; không có gì được lưu. Vui lòng thử lại sau hoặc báo quản trị viên.");
        return true;
    }
}
