using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Users.Services;
using ForeignInfoPortal.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using static ForeignInfoPortal.Users.Services.IdentityResults;

namespace ForeignInfoPortal.Users.Controllers;

/// <summary>
/// The signed-in user's own two-factor sign-in: enrol an authenticator app (enabled only once a code from it verifies),
/// new recovery codes, turn it off. Identity keeps the key and the codes (AspNetUserTokens) and checks the codes
/// (RFC 6238: HMAC-SHA1, 30 s, 6 digits).
/// </summary>
[SkipAdminGate]
// The person's own sign-in cookie only: an API token must not read the key, enrol or renew codes for its owner.
[Authorize(AuthenticationSchemes = IdentityServiceCollectionExtensions.CookieScheme)]
[AllowWithoutTwoFactor]
[Route("admin/account/two-factor")]
public sealed class TwoFactorController(
    UserManager<PortalUser> users, IUserStore<PortalUser> store, SignInManager<PortalUser> signIn, ISettingsStore settings,
    IAuditLog audit, IFailedAuthenticationLimiter limiter, TimeProvider clock) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        await CurrentUserAsync() is { } user ? await PageAsync(user, new TwoFactorViewModel()) : SignedOut();

    [HttpPost("")]
    public async Task<IActionResult> Enable(TwoFactorViewModel model, CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync() is not { } user)
        {
            return SignedOut();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect(TwoFactorPaths.Enrolment);
        }

        if (ModelState.IsValid && !await VerifyCodeAsync(user, model.Code!))
        {
            ModelState.AddModelError(nameof(model.Code), "Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiện.");
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(user, model);
        }

        Check(await users.SetTwoFactorEnabledAsync(user, true));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await audit.RecordAsync(User, user.Id, user, new { change = "2fa-enable" }, cancellationToken);

        // A new cookie: the old one lacks the two-factor claim the administrators' rule reads.
        await signIn.RefreshSignInAsync(user);
        return RecoveryCodes(user, codes);
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> RegenerateRecoveryCodes(CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync() is not { } user)
        {
            return SignedOut();
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect(TwoFactorPaths.Enrolment);
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await audit.RecordAsync(User, user.Id, user, new { change = "2fa-recovery-codes" }, cancellationToken);
        return RecoveryCodes(user, codes);
    }

    [HttpGet("disable")]
    public IActionResult Disable() => DisableForm(new TwoFactorDisableViewModel());

    [HttpPost("disable")]
    public async Task<IActionResult> Disable(TwoFactorDisableViewModel model, CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync() is not { } user)
        {
            return SignedOut();
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect(TwoFactorPaths.Enrolment);
        }

        if (string.IsNullOrWhiteSpace(model.Code) && string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError("", "Vui lòng nhập mã xác thực hoặc mật khẩu.");
        }
        else if (ModelState.IsValid)
        {
            // Checked as at sign-in: the same per-address limit, lockout and audit line, or this form would be a way
            // round them for whoever holds a stolen session.
            var client = HttpContext.Connection.RemoteIpAddress;
            if (limiter.IsBlocked(FailedAuthenticationKind.SignInForm, client, out var retryAfterSeconds))
            {
                return SignInFailures.TooMany(DisableForm(model), Response, ModelState, retryAfterSeconds);
            }

            if (await ProveAsync(user, model) is { } failure)
            {
                limiter.RecordFailure(FailedAuthenticationKind.SignInForm, client);
                await SignInFailures.RecordAsync(audit, user.Email ?? user.UserName ?? user.Id, user.Id, failure.Reason);
                ModelState.AddModelError("", failure.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            return DisableForm(model);
        }

        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user)); // enrolling again means a new key in the app
        await audit.RecordAsync(User, user.Id, user, new { change = "2fa-disable" }, cancellationToken);
        await signIn.RefreshSignInAsync(user);
        TempData[AdminNotice.Success] = "Đã tắt xác thực hai lớp.";
        return Redirect(TwoFactorPaths.Enrolment);
    }

    private async Task<PortalUser?> CurrentUserAsync() => await users.GetUserAsync(User);

    /// <summary>Null when the password or the code is right; else what to say and what to record.</summary>
    private async Task<(string Message, string Reason)?> ProveAsync(PortalUser user, TwoFactorDisableViewModel model)
    {
        bool locked;
        if (string.IsNullOrWhiteSpace(model.Code))
        {
            var result = await signIn.CheckPasswordSignInAsync(user, model.Password!, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return null;
            }

            locked = result.IsLockedOut;
            if (!locked)
            {
                return ("Mật khẩu không đúng.", "Sai mật khẩu khi tắt xác thực hai lớp");
            }
        }
        else
        {
            // A locked account checks no code; a wrong one counts as at sign-in (Identity's check counts nothing).
            locked = await users.IsLockedOutAsync(user);
            if (!locked && await VerifyCodeAsync(user, model.Code))
            {
                return null;
            }

            if (!locked)
            {
                await users.AccessFailedAsync(user);
                locked = await users.IsLockedOutAsync(user);
            }

            if (!locked)
            {
                return ("Mã xác thực không đúng.", "Sai mã xác thực khi tắt xác thực hai lớp");
            }
        }

        return (SignInFailures.LockoutMessage(user, clock), "Tài khoản đang tạm khóa");
    }

    private async Task<bool> VerifyCodeAsync(PortalUser user, string code) =>
        await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCodes.Normalize(code));

    private async Task<ViewResult> PageAsync(PortalUser user, TwoFactorViewModel model)
    {
        model.IsEnabled = user.TwoFactorEnabled;
        if (model.IsEnabled)
        {
            model.RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        }
        else
        {
            // The key is made on the first visit and kept until enrolment succeeds, so reloading the page (or scanning
            // late) does not change it under the app.
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                // Not Identity's ResetAuthenticatorKeyAsync, which also changes the security stamp: a page view must not
                // sign the user out of his other sessions. The stamp changes when enrolment completes.
                key = users.GenerateNewAuthenticatorKey();
                await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
                Check(await users.UpdateAsync(user));
            }

            var site = await settings.GetAsync<SiteSettings>(SiteSettings.Key);
            model.SharedKey = AuthenticatorKey.Grouped(key!);
            model.KeyUri = AuthenticatorKey.Uri(site.PortalName, user.Email ?? user.UserName!, key!);
            model.QrCodeImage = AuthenticatorKey.QrCodeImage(model.KeyUri);
        }

        model.Code = null;
        ViewData["Title"] = "Xác thực hai lớp";
        return View(nameof(Index), model);
    }

    // In the answer to the post, never after a redirect: the codes must not travel in TempData or be cached.
    private ViewResult RecoveryCodes(PortalUser user, IEnumerable<string> codes)
    {
        Response.Headers[HeaderNames.CacheControl] = "no-store";
        ViewData["Title"] = "Xác thực hai lớp";
        return View(nameof(Index), new TwoFactorViewModel { IsEnabled = true, RecoveryCodes = [.. codes], RecoveryCodesLeft = RecoveryCodeCount });
    }

    private ViewResult DisableForm(TwoFactorDisableViewModel model)
    {
        model.Password = null;
        ViewData["Title"] = "Tắt xác thực hai lớp";
        return View(nameof(Disable), model);
    }

    private RedirectResult SignedOut() => Redirect(IdentityServiceCollectionExtensions.SignInPath);
}
