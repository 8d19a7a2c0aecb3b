using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Users.Services;
using ForeignInfoPortal.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Users.Controllers;

/// <summary>Sign-in, sign-out, password change and the access-denied page of the admin.</summary>
[SkipAdminGate]
[Route("admin/account")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IFailedAuthenticationLimiter limiter, TimeProvider clock,
    IAuditLog audit) : Controller
{
    private const string AdminHome = "/admin";

    [AllowAnonymous]
    [AllowWithTemporaryPassword]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        LoginForm(new LoginViewModel { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });

    [AllowAnonymous]
    [AllowWithTemporaryPassword]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return LoginForm(model);
        }

        // Per address rather than per account: lockout protects one account, this slows a sweep across many.
        var client = HttpContext.Connection.RemoteIpAddress;
        if (limiter.IsBlocked(FailedAuthenticationKind.SignInForm, client, out var retryAfterSeconds))
        {
            return TooManyFailures(model, retryAfterSeconds);
        }

        var email = model.Email!.Trim();
        var user = await users.FindByEmailAsync(email) ?? await users.FindByNameAsync(email);
        if (user is null)
        {
            // The same message as a wrong password: the form must not tell which addresses exist.
            limiter.RecordFailure(FailedAuthenticationKind.SignInForm, client);
            await RecordFailureAsync(email, null, "Không có tài khoản này");
            return LoginFailed(model, "Địa chỉ thư điện tử hoặc mật khẩu không đúng.");
        }

        var result = await signIn.PasswordSignInAsync(user, model.Password!, model.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            limiter.RecordFailure(FailedAuthenticationKind.SignInForm, client);
            await RecordFailureAsync(email, user.Id, result.IsLockedOut ? "Tài khoản đang tạm khóa"
                : result.IsNotAllowed ? "Tài khoản chưa được phép đăng nhập" : "Sai mật khẩu");
        }

        if (result.IsLockedOut)
        {
            return LoginFailed(model, LockoutMessage(user));
        }

        if (result.IsNotAllowed)
        {
            return LoginFailed(model, "Tài khoản chưa được phép đăng nhập. Vui lòng liên hệ quản trị hệ thống.");
        }

        if (!result.Succeeded)
        {
            return LoginFailed(model, "Địa chỉ thư điện tử hoặc mật khẩu không đúng.");
        }

        await audit.RecordAsync(new AuditRecord(AuditActions.SignIn, user.Id, user.Email ?? user.UserName, AuditSubjects.User, user.Id, user.DisplayName));
        if (user.MustChangePassword)
        {
            return Redirect("/admin/account/change-password");
        }

        return Url.IsLocalUrl(model.ReturnUrl) ? LocalRedirect(model.ReturnUrl) : LocalRedirect(AdminHome);
    }

    [AllowWithTemporaryPassword]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (users.GetUserId(User) is { } userId)
        {
            await audit.RecordAsync(new AuditRecord(AuditActions.SignOut, userId, User.Identity?.Name, AuditSubjects.User, userId));
        }

        await signIn.SignOutAsync();
        return LocalRedirect(IdentityServiceCollectionExtensions.SignInPath);
    }

    [Authorize]
    [AllowWithTemporaryPassword]
    [HttpGet("change-password")]
    public IActionResult ChangePassword() =>
        ChangePasswordForm(new ChangePasswordViewModel { IsRequired = MustChange });

    [Authorize]
    [AllowWithTemporaryPassword]
    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        model.IsRequired = MustChange;
        if (!ModelState.IsValid)
        {
            return ChangePasswordForm(model);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            await signIn.SignOutAsync();
            return LocalRedirect(IdentityServiceCollectionExtensions.SignInPath);
        }

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword!, model.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? nameof(model.CurrentPassword)
                    : nameof(model.NewPassword);
                ModelState.AddModelError(key, error.Description);
            }

            return ChangePasswordForm(model);
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        // A new cookie: the old one still carries the must-change claim and the old security stamp.
        await signIn.RefreshSignInAsync(user);
        TempData[AdminNotice.Success] = "Đã đổi mật khẩu.";
        return LocalRedirect(AdminHome);
    }

    [AllowAnonymous]
    [AllowWithTemporaryPassword]
    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ViewData["Title"] = "Không có quyền truy cập";
        return View();
    }

    // What was typed is kept (trimmed, cut to the column) so attempts on an address can be found; never the password.
    private Task RecordFailureAsync(string typed, string? userId, string reason) =>
        audit.RecordAsync(new AuditRecord(AuditActions.SignInFailed, userId, typed, AuditSubjects.User, userId, Details: reason));

    private bool MustChange => User.HasClaim(PortalClaimTypes.MustChangePassword, "true");

    private ViewResult LoginForm(LoginViewModel model)
    {
        model.Password = null;
        ViewData["Title"] = "Đăng nhập";
        return View(nameof(Login), model);
    }

    private ViewResult LoginFailed(LoginViewModel model, string message)
    {
        ModelState.AddModelError("", message);
        return LoginForm(model);
    }

    private ViewResult TooManyFailures(LoginViewModel model, int seconds)
    {
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = LoginFailed(model, $"Có quá nhiều lần đăng nhập không thành công từ địa chỉ này. Vui lòng thử lại sau {seconds} giây.");
        form.StatusCode = StatusCodes.Status429TooManyRequests;
        return form;
    }

    private ViewResult ChangePasswordForm(ChangePasswordViewModel model)
    {
        ViewData["Title"] = "Đổi mật khẩu";
        return View(nameof(ChangePassword), model);
    }

    private string LockoutMessage(PortalUser user)
    {
        var left = user.LockoutEnd is { } end ? end - clock.GetUtcNow() : TimeSpan.Zero;
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        return $"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {minutes} phút.";
    }
}
