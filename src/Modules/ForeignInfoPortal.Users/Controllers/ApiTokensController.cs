using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Users.Tokens;
using ForeignInfoPortal.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace ForeignInfoPortal.Users.Controllers;

/// <summary>API tokens of machine clients: list, create (the secret is shown once), revoke.</summary>
[Authorize]
[Route("admin/api-tokens")]
public sealed class ApiTokensController(
    IApiTokenService tokens, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock,
    ILogger<ApiTokensController> logger) : Controller
{
    private const string ListUrl = "/admin/api-tokens";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await CanManageAsync() ? await PageAsync(new ApiTokenCreateForm(), null, cancellationToken) : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] ApiTokenCreateForm form, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? expiresUtc = null;
        if (!string.IsNullOrWhiteSpace(form.Expires))
        {
            if (!ApiTokenText.TryParseDay(form.Expires, "dd/MM/yyyy", out var day))
            {
                ModelState.AddModelError("Form.Expires", "Ngày hết hạn không hợp lệ: dùng dạng dd/MM/yyyy, ví dụ 31/12/2026.");
            }
            else if ((expiresUtc = ApiTokenText.EndOfDayUtc(day, now)) is null)
            {
                ModelState.AddModelError("Form.Expires", "Ngày hết hạn đã qua: hãy chọn một ngày từ hôm nay trở đi.");
            }
        }

        var user = form.UserId is null ? null : await users.FindByIdAsync(form.UserId);
        if (form.UserId is not null && user is null)
        {
            ModelState.AddModelError("Form.UserId", "Người dùng này không còn tồn tại.");
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(form, null, cancellationToken);
        }

        var created = await tokens.CreateAsync(user!.Id, form.Name!, expiresUtc, users.GetUserId(User), cancellationToken);
        logger.LogInformation("API token #{TokenId} ({Prefix}) for {User} created by {Admin}", created.Token.Id, created.Token.Prefix, user.Email, User.Identity?.Name);

        // Answered here rather than after a redirect: the secret must not travel in TempData or be cached.
        Response.Headers[HeaderNames.CacheControl] = "no-store";
        return await PageAsync(new ApiTokenCreateForm(), created.Secret, cancellationToken);
    }

    [HttpGet("{id:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var token = (await tokens.ListAsync(cancellationToken: cancellationToken)).FirstOrDefault(t => t.Id == id);
        if (token is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "Thu hồi mã truy cập";
        return View(token);
    }

    [HttpPost("{id:int}/revoke")]
    [ActionName("Revoke")]
    public async Task<IActionResult> RevokeConfirmed(int id, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        if (!await tokens.RevokeAsync(id, cancellationToken))
        {
            return NotFound();
        }

        logger.LogInformation("API token #{TokenId} revoked by {Admin}", id, User.Identity?.Name);
        TempData[AdminNotice.Success] = $"Đã thu hồi mã truy cập #{id}: mọi yêu cầu dùng mã này từ nay bị từ chối.";
        return Redirect(ListUrl);
    }

    private async Task<ViewResult> PageAsync(ApiTokenCreateForm form, string? createdSecret, CancellationToken cancellationToken)
    {
        var people = await users.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        var emails = people.ToDictionary(u => u.Id, u => u.Email ?? u.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = (await tokens.ListAsync(cancellationToken: cancellationToken)).Select(t =>
        {
            var status = ApiTokenText.Status(t, now);
            return new ApiTokenRow(t.Id, t.Name, t.User?.Email ?? t.UserId, t.Prefix, ApiTokenText.DateTime(t.CreatedUtc),
                t.CreatedById is null ? "" : emails.GetValueOrDefault(t.CreatedById, ""), ApiTokenText.DateTime(t.ExpiresUtc),
                ApiTokenText.DateTime(t.LastUsedUtc), status, status == ApiTokenText.Active);
        }).ToList();
        ViewData["Title"] = "Mã truy cập API";
        return View(nameof(Index), new ApiTokensViewModel
        {
            Rows = rows,
            Form = form,
            Users = people.Select(u => new KeyValuePair<string, string>(u.Id,
                string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : $"{u.DisplayName} ({u.Email})")).ToList(),
            CreatedSecret = createdSecret,
        });
    }

    private Task<bool> CanManageAsync() => authorization.AuthorizeAsync(User, StandardPermissions.ManageUsers);
}
