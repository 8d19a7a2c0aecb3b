using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Users.Accounts;

/// <summary>
/// <c>user create --email E --role R [--unit CODE]… [--password P] [--name "Họ tên"]</c>, for setting a site up and
/// for scripted tests. Units: repeat <c>--unit</c> or give a comma list; the first is the default for new items. A generated password (no <c>--password</c>) is printed alone on the first line and must be
/// changed at first sign-in. Exit codes: 0 (created), 1 (the e-mail is taken), 2 (wrong arguments, unknown role or
/// unit, a password the policy refuses).
/// </summary>
internal sealed class UserVerb(IServiceScopeFactory scopes, TimeProvider clock) : IHostVerb
{
    private const int Done = 0;
    private const int Taken = 1;
    private const int BadArguments = 2;

    public string Name => "user";

    public string Usage => "user create --email E --role R [--unit CODE[,CODE…]]… [--password P] [--name \"Họ tên\"]   a user of the admin";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var options = VerbOptions.Read(arguments.Skip(1), lists: ["unit"]);
        if (arguments.Count == 0 || arguments[0] != "create")
        {
            return await FailAsync(output, BadArguments, "Thiếu hoặc sai lệnh: dùng user create.");
        }

        if (options is null || !options.TryGetValue("email", out var email) || string.IsNullOrWhiteSpace(email)
            || !options.TryGetValue("role", out var role) || options.Keys.Except(["email", "role", "unit", "password", "name"]).Any())
        {
            return await FailAsync(output, BadArguments,
                "Thiếu hoặc sai tham số: cần --email ĐỊA_CHỈ và --role VAI_TRÒ (tùy chọn --unit MÃ_ĐƠN_VỊ, lặp lại hoặc cách nhau bằng dấu phẩy, --password MẬT_KHẨU, --name \"Họ tên\").");
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var roles = await services.GetRequiredService<RoleManager<IdentityRole>>().Roles.Select(r => r.Name!).OrderBy(r => r).ToListAsync(cancellationToken);
        var roleName = roles.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        if (roleName is null)
        {
            return await FailAsync(output, BadArguments, $"Không có vai trò \"{role}\". Các vai trò: {string.Join(", ", roles.Select(Describe))}.");
        }

        var unitIds = new List<int>();
        var codes = options.TryGetValue("unit", out var unitList) ? VerbOptions.Items(unitList) : [];
        if (codes.Count > 0)
        {
            var units = await services.GetRequiredService<PortalDbContext>().Units.AsNoTracking()
                .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).ToListAsync(cancellationToken);
            foreach (var code in codes)
            {
                var unit = units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
                if (unit is null || !unit.IsActive)
                {
                    var active = string.Join(", ", units.Where(u => u.IsActive).Select(u => $"{u.Code} ({u.Name})"));
                    return await FailAsync(output, BadArguments, unit is null
                        ? $"Không có đơn vị mã \"{code}\". Các đơn vị đang hoạt động: {active}."
                        : $"Đơn vị \"{unit.Name}\" đã ngừng hoạt động. Các đơn vị đang hoạt động: {active}.");
                }

                unitIds.Add(unit.Id);
            }
        }

        var users = services.GetRequiredService<UserManager<PortalUser>>();
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return await FailAsync(output, Taken, $"Đã có người dùng có địa chỉ thư \"{email}\".");
        }

        options.TryGetValue("password", out var password);
        options.TryGetValue("name", out var displayName);
        var created = await PortalAccounts.CreateAsync(users, services.GetRequiredService<PortalDbContext>(), email, [roleName], displayName?.Trim(),
            unitIds, password, clock.GetUtcNow().UtcDateTime);
        if (!created.Result.Succeeded)
        {
            return await FailAsync(output, BadArguments,
                $"Không tạo được người dùng {email}: {string.Join(" ", created.Result.Errors.Select(e => e.Description))}");
        }

        if (created.GeneratedPassword is not null)
        {
            // The password alone on the first line: `password=$(… user create … | head -n1)`.
            await output.WriteLineAsync(created.GeneratedPassword);
        }

        await output.WriteLineAsync($"Đã tạo người dùng {email} với vai trò {Describe(roleName)}"
            + (codes.Count == 0 ? "" : $", {(codes.Count == 1 ? "đơn vị" : "các đơn vị")} {string.Join(", ", codes)}") + "."
            + (created.GeneratedPassword is null ? "" : " Mật khẩu tạm thời ở dòng đầu chỉ hiện một lần và phải đổi khi đăng nhập lần đầu."));
        return Done;
    }

    private static string Describe(string role) =>
        PortalRoles.DisplayNames.TryGetValue(role, out var name) ? $"{role} ({name})" : role;

    private static async Task<int> FailAsync(TextWriter output, int exitCode, string message)
    {
        await output.WriteLineAsync(message);
        return exitCode;
    }
}
