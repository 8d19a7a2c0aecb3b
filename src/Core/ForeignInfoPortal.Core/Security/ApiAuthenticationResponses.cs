using System.Globalization;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// What the bearer handler answers when it refuses a request, in the API's one problem shape (<see cref="ApiProblem"/>).
/// A refused token is only ever <c>invalid_token</c>: whether it exists, was revoked or expired is for the log.
/// (The cookie's 401/403 on <c>/api</c> are the host's, with the same codes.)
/// </summary>
internal static class ApiAuthenticationResponses
{
    public static Task InvalidTokenAsync(HttpContext context)
    {
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
        return ApiProblem.WriteAsync(context, StatusCodes.Status401Unauthorized, "invalid_token",
            "Mã truy cập không hợp lệ, đã bị thu hồi hoặc đã hết hạn.");
    }

    public static Task ForbiddenAsync(HttpContext context) =>
        ApiProblem.WriteAsync(context, StatusCodes.Status403Forbidden, "forbidden", "Tài khoản không có quyền thực hiện yêu cầu này.");

    public static Task TooManyFailuresAsync(HttpContext context, int seconds)
    {
        context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        return ApiProblem.WriteAsync(context, StatusCodes.Status429TooManyRequests, "too_many_failed_authentications",
            $"Có quá nhiều lần xác thực không thành công từ địa chỉ này. Vui lòng thử lại sau {seconds} giây.");
    }
}
