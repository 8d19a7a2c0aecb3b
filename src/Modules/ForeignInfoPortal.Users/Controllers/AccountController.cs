using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Users.Services;
using ForeignInfoPortal.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace ForeignInfoPortal.Users.Controllers;

/// <summary>Sign-in (password, then a code when two-factor sign-in is on), sign-out, password change and the access-denied page of the admin.</summary>
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
        if (result.RequiresTwoFactor)
        {
            // The password was right; Identity holds the user in its two-factor cookie until a code comes.
            return Redirect(QueryHelpers.AddQueryString(TwoFactorPaths.SignInStep, new Dictionary<string, string?>
            {
                ["returnUrl"] = Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : null,
                ["rememberMe"] = model.RememberMe ? "true" : null,
            }));
        }

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

        return await SignedInAsync(user, model.ReturnUrl, details: null);
    }

    [AllowAnonymous]
    [AllowWithTemporaryPassword]
    [HttpGet("login/two-factor")]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl, bool rememberMe) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? LocalRedirect(IdentityServiceCollectionExtensions.SignInPath)
            : TwoFactorForm(new TwoFactorLoginViewModel { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null, RememberMe = rememberMe });

    [AllowAnonymous]
    [AllowWithTemporaryPassword]
    [HttpPost("login/two-factor")]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorLoginViewModel model)
    {
        // Past the password step only: without Identity's two-factor cookie (expired after 5 minutes) start again.
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return LocalRedirect(IdentityServiceCollectionExtensions.SignInPath);
        }

        if (!ModelState.IsValid)
        {
            return TwoFactorForm(model);
        }

        var client = HttpContext.Connection.RemoteIpAddress;
        if (limiter.IsBlocked(FailedAuthenticationKind.SignInForm, client, out var retryAfterSeconds))
        {
            return TooManyFailures(TwoFactorForm(model), retryAfterSeconds);
        }

        var code = TwoFactorCodes.Normalize(model.Code!);
        var isRecovery = !TwoFactorCodes.IsAuthenticatorCode(code);
        var result = isRecovery ? await RecoveryCodeSignInAsync(user, code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, model.RememberMachine);
        if (result.Succeeded)
        {
            return await SignedInAsync(user, model.ReturnUrl,
                isRecovery ? $"Mã khôi phục (còn {await users.CountRecoveryCodesAsync(user)} mã)" : null);
        }

        // Identity counts a wrong code but answers "failed" to the one that locks; the lockout is told at once here.
        var locked = result.IsLockedOut || await users.IsLockedOutAsync(user);
        limiter.RecordFailure(FailedAuthenticationKind.SignInForm, client);
        await RecordFailureAsync(user.Email ?? user.UserName ?? user.Id, user.Id, locked ? "Tài khoản đang tạm khóa"
            : isRecovery ? "Sai mã khôi phục" : "Sai mã xác thực");
        return Failed(TwoFactorForm(model), locked ? LockoutMessage(user)
            : isRecovery ? "Mã khôi phục không đúng hoặc đã được dùng." : "Mã xác thực không đúng.");
    }

    [AllowWithTemporaryPassword]
    [AllowWithoutTwoFactor]
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

    // The person's own sign-in cookie only, as for the two-factor pages: never an API token.
    [Authorize(AuthenticationSchemes = IdentityServiceCollectionExtensions.CookieScheme)]
    [AllowWithTemporaryPassword]
    [HttpGet("change-password")]
    public IActionResult ChangePassword() =>
        ChangePasswordForm(new ChangePasswordViewModel { IsRequired = MustChange });

    [Authorize(AuthenticationSchemes = IdentityServiceCollectionExtensions.CookieScheme)]
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
    [AllowWithoutTwoFactor]
    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ViewData["Title"] = "Không có quyền truy cập";
        return View();
    }

    // Identity's recovery-code sign-in neither looks at nor counts towards the lockout (its codes are long and random);
    // here a wrong one counts like a wrong authenticator code, so the two inputs share the five tries.
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> RecoveryCodeSignInAsync(PortalUser user, string code)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        await (result.Succeeded ? users.ResetAccessFailedCountAsync(user) : users.AccessFailedAsync(user));
        return result;
    }

    private async Task<IActionResult> SignedInAsync(PortalUser user, string? returnUrl, string? details)
    {
        await audit.RecordAsync(new AuditRecord(AuditActions.SignIn, user.Id, user.Email ?? user.UserName, AuditSubjects.User, user.Id, user.DisplayName, details));
        if (user.MustChangePassword)
        {
            return Redirect("/admin/account/change-password");
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : LocalRedirect(AdminHome);
    }

    private Task RecordFailureAsync(string typed, string? userId, string reason) => SignInFailures.RecordAsync(audit, typed, userId, reason);

    private bool MustChange => User.HasClaim(PortalClaimTypes.MustChangePassword, "true");

    private ViewResult LoginForm(LoginViewModel model)
    {
        model.Password = null;
        ViewData["Title"] = "Đăng nhập";
        return View(nameof(Login), model);
    }

    private ViewResult TwoFactorForm(TwoFactorLoginViewModel model)
    {
        model.Code = null;
        ViewData["Title"] = "Xác thực hai lớp";
        return View(nameof(LoginTwoFactor), model);
    }

    private ViewResult LoginFailed(LoginViewModel model, string message) => Failed(LoginForm(model), message);

    private ViewResult Failed(ViewResult form, string message)
    {
        ModelState.AddModelError("", message);
        return form;
    }

    private ViewResult TooManyFailures(LoginViewModel model, int seconds) => TooManyFailures(LoginForm(model), seconds);

    private ViewResult TooManyFailures(ViewResult form, int seconds) => SignInFailures.TooMany(form, Response, ModelState, seconds);

    private ViewResult ChangePasswordForm(ChangePasswordViewModel model)
    {
        ViewData["Title"] = "Đổi mật khẩu";
        return View(nameof(ChangePassword), model);
    }

    private string LockoutMessage(PortalUser user) => SignInFailures.LockoutMessage(user, clock);
}
