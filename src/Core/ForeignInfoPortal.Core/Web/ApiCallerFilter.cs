using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// The gate of every authenticated API endpoint, in one place: no principal → 401 <c>unauthenticated</c>; a change
/// (any method but GET/HEAD) made with the admin's cookie needs the antiforgery token in the
/// <c>RequestVerificationToken</c> header, or it is refused with 400 <c>antiforgery_failed</c> — a page on another site
/// could otherwise post with the user's cookie; a session whose user owes the account a step
/// (<see cref="IAccountRequirement"/>) is refused with 403 <c>account_action_required</c>. Principals signed in by an API token
/// (<see cref="ApiTokenDefaults.AuthenticationScheme"/>) send no cookie, so they are not asked for it.
/// The check answers with problem details itself rather than challenging, so the cookie handler never redirects an
/// API client to the sign-in page.
/// </summary>
public sealed class ApiCallerFilter(IAntiforgery antiforgery, IEnumerable<IAccountRequirement> requirements) : IEndpointFilter
{
    /// <summary>The header that carries the antiforgery token (the framework's default name).</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var identity = http.User.Identity;
        if (identity?.IsAuthenticated != true)
        {
            return ApiProblem.Result(StatusCodes.Status401Unauthorized, "unauthenticated",
                "Cần đăng nhập hoặc gửi mã truy cập API (Authorization: Bearer …).");
        }

        var changes = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
        var signedInByToken = identity.AuthenticationType == ApiTokenDefaults.AuthenticationScheme;

        // A session whose user still owes the account a step (a new password, two-factor sign-in) is the admin's to
        // finish first; the API would otherwise be the way around it.
        if (!signedInByToken && requirements.Select(r => r.PendingPage(http.User)).FirstOrDefault(p => p is not null) is { } page)
        {
            return ApiProblem.Result(StatusCodes.Status403Forbidden, "account_action_required",
                $"Tài khoản cần hoàn tất một bước bắt buộc tại trang {page} trước khi dùng API bằng phiên đăng nhập.");
        }

        // Only the header counts: reading a form field would read a whole upload before its size is checked.
        if (changes && !signedInByToken
            && (!http.Request.Headers.ContainsKey(AntiforgeryHeader) || !await antiforgery.IsRequestValidAsync(http)))
        {
            return ApiProblem.Result(StatusCodes.Status400BadRequest, "antiforgery_failed",
                $"Yêu cầu thay đổi bằng phiên đăng nhập cần mã chống giả mạo trong tiêu đề {AntiforgeryHeader}; mã thiếu hoặc không hợp lệ.");
        }

        return await next(context);
    }
}

/// <summary>Puts <see cref="ApiCallerFilter"/> on a group of endpoints.</summary>
public static class ApiCallerFilterExtensions
{
    public static RouteGroupBuilder RequireApiCaller(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<ApiCallerFilter>();
        return group;
    }
}
