using System.Globalization;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Users.Tokens;

/// <summary>
/// <c>token create --user EMAIL --name NAME [--expires yyyy-MM-dd]</c>, <c>token list</c>, <c>token revoke --id N</c>.
/// <c>create</c> prints the secret alone on the first line, so that a script can capture it; exit codes are
/// 0 (done), 1 (no such user or token) and 2 (wrong arguments).
/// </summary>
internal sealed class TokenVerb(IServiceScopeFactory scopes, TimeProvider clock) : IHostVerb
{
    private const int Done = 0;
    private const int NotFound = 1;
    private const int BadArguments = 2;

    public string Name => "token";

    public string Usage => "token create --user EMAIL --name NAME [--expires yyyy-MM-dd] | token list | token revoke --id N   API tokens";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var options = VerbOptions.Read(arguments.Skip(1));
        if (options is null)
        {
            return await FailAsync(output, BadArguments, "Mỗi tùy chọn phải có dạng --tên giá trị.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<IApiTokenService>();
        return (arguments.Count > 0 ? arguments[0] : null) switch
        {
            "create" => await CreateAsync(options, tokens, scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), output, cancellationToken),
            "list" => await ListAsync(tokens, output, cancellationToken),
            "revoke" => await RevokeAsync(options, tokens, output, cancellationToken),
            _ => await FailAsync(output, BadArguments, "Thiếu hoặc sai lệnh: dùng create, list hoặc revoke."),
        };
    }

    private async Task<int> CreateAsync(Dictionary<string, string> options, IApiTokenService tokens, UserManager<PortalUser> users,
        TextWriter output, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue("user", out var email) || !options.TryGetValue("name", out var name) || string.IsNullOrWhiteSpace(name)
            || options.Keys.Except(["user", "name", "expires"]).Any())
        {
            return await FailAsync(output, BadArguments, "Thiếu tham số: cần --user EMAIL và --name TÊN (tùy chọn --expires yyyy-MM-dd).");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? expiresUtc = null;
        if (options.TryGetValue("expires", out var expires))
        {
            if (!ApiTokenText.TryParseDay(expires, "yyyy-MM-dd", out var day))
            {
                return await FailAsync(output, BadArguments, $"Ngày hết hạn \"{expires}\" không hợp lệ: dùng dạng yyyy-MM-dd, ví dụ 2026-12-31.");
            }

            expiresUtc = ApiTokenText.EndOfDayUtc(day, now);
            if (expiresUtc is null)
            {
                return await FailAsync(output, BadArguments, $"Ngày hết hạn {expires} đã qua: hãy chọn một ngày từ hôm nay trở đi.");
            }
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return await FailAsync(output, NotFound, $"Không có người dùng có địa chỉ thư \"{email}\".");
        }

        var created = await tokens.CreateAsync(user.Id, name, expiresUtc, createdById: null, cancellationToken);

        // The secret alone on the first line: `token=$(… token create … | head -n1)`.
        await output.WriteLineAsync(created.Secret);
        await output.WriteLineAsync($"Đã tạo mã truy cập #{created.Token.Id} \"{created.Token.Name}\" cho {user.Email}"
            + (expiresUtc is null ? ", không hết hạn." : $", hết hạn lúc {ApiTokenText.DateTime(expiresUtc)}.")
            + " Mã chỉ hiện một lần: hãy lưu lại ngay.");
        return Done;
    }

    private async Task<int> ListAsync(IApiTokenService tokens, TextWriter output, CancellationToken cancellationToken)
    {
        var all = await tokens.ListAsync(cancellationToken: cancellationToken);
        if (all.Count == 0)
        {
            await output.WriteLineAsync("Chưa có mã truy cập nào.");
            return Done;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var t in all)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"#{t.Id}\t{t.Prefix}…\t{ApiTokenText.Status(t, now)}\t{t.User?.Email}\t{t.Name}\ttạo {ApiTokenText.DateTime(t.CreatedUtc)}\thết hạn {Or(ApiTokenText.DateTime(t.ExpiresUtc))}\tdùng lần cuối {Or(ApiTokenText.DateTime(t.LastUsedUtc))}"));
        }

        return Done;
    }

    private static async Task<int> RevokeAsync(Dictionary<string, string> options, IApiTokenService tokens, TextWriter output, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue("id", out var text) || options.Count != 1
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await FailAsync(output, BadArguments, "Thiếu hoặc sai tham số: cần --id SỐ (xem số bằng token list).");
        }

        if (!await tokens.RevokeAsync(id, cancellationToken))
        {
            return await FailAsync(output, NotFound, $"Không có mã truy cập #{id}.");
        }

        await output.WriteLineAsync($"Đã thu hồi mã truy cập #{id}.");
        return Done;
    }

    private static string Or(string value) => value.Length == 0 ? "—" : value;

    private static async Task<int> FailAsync(TextWriter output, int exitCode, string message)
    {
        await output.WriteLineAsync(message);
        return exitCode;
    }
}
