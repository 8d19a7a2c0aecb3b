using System.Globalization;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ForeignInfoPortal.Users.Services;

/// <summary>
/// What every form that checks a password or a code does with a failure, so that the sign-in and the two-factor pages
/// count, tell and record it alike: the audit line, the lockout message, the per-address limit's answer.
/// </summary>
internal static class SignInFailures
{
    // What was typed is kept (trimmed, cut to the column) so attempts on an address can be found; never the password.
    public static Task RecordAsync(IAuditLog audit, string typed, string? userId, string reason) =>
        audit.RecordAsync(new AuditRecord(AuditActions.SignInFailed, userId, typed, AuditSubjects.User, userId, Details: reason));

    public static string LockoutMessage(PortalUser user, TimeProvider clock)
    {
        var left = user.LockoutEnd is { } end ? end - clock.GetUtcNow() : TimeSpan.Zero;
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        return $"Tài khoản tạm khóa do nhập sai mật khẩu hoặc mã xác thực nhiều lần. Vui lòng thử lại sau {minutes} phút.";
    }

    /// <summary>The form again with 429, <c>Retry-After</c> and the message: nothing was checked.</summary>
    public static ViewResult TooMany(ViewResult form, HttpResponse response, ModelStateDictionary modelState, int seconds)
    {
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        modelState.AddModelError("", $"Có quá nhiều lần đăng nhập không thành công từ địa chỉ này. Vui lòng thử lại sau {seconds} giây.");
        form.StatusCode = StatusCodes.Status429TooManyRequests;
        return form;
    }
}
