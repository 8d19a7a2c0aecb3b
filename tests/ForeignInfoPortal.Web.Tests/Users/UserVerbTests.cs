using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Users;

/// <summary><c>user create</c> run as an operator would: the host's executable in its own process.</summary>
public sealed class UserVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-user-verb-" + Guid.NewGuid().ToString("N"));

    public UserVerbTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Create_WithRoleUnitsAndPassword_TheUserSignsIn_InThatRoleAndThoseUnits()
    {
        var (exit, output) = await RunAsync("user", "create", "--email", "ctv.phuong@test.local", "--role", "contributor",
            "--unit", "phong-vhtt", "--unit", "phuong-duc-xuan, xa-duong-quang", "--password", "Bac-Kan-2026!", "--name", "Nguyễn Thu Hà");
        Assert.True(exit == 0, output);
        Assert.Contains("Đã tạo người dùng ctv.phuong@test.local với vai trò Contributor (Cộng tác viên), các đơn vị phong-vhtt, phuong-duc-xuan, xa-duong-quang.", output, StringComparison.Ordinal);

        using var site = Site();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync("ctv.phuong@test.local");
            Assert.NotNull(user);
            Assert.Equal("Nguyễn Thu Hà", user.DisplayName);
            Assert.False(user.MustChangePassword);
            Assert.Equal([PortalRoles.Contributor], await users.GetRolesAsync(user));
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal("phong-vhtt", (await db.Units.SingleAsync(u => u.Id == user.UnitId)).Code);
            var memberships = await (from m in db.UserUnits join u in db.Units on m.UnitId equals u.Id where m.UserId == user.Id select u.Code).ToListAsync();
            Assert.Equal(["phong-vhtt", "phuong-duc-xuan", "xa-duong-quang"], memberships.Order(StringComparer.Ordinal));
        }

        using var client = site.NewClient();
        await client.SignInAsync("ctv.phuong@test.local", "Bac-Kan-2026!");
    }

    [Fact]
    public async Task Create_WithoutPassword_PrintsAGeneratedOneFirst_ThatMustBeChanged()
    {
        var (exit, output) = await RunAsync("user", "create", "--email", "bientap@test.local", "--role", PortalRoles.Editor);
        Assert.True(exit == 0, output);
        var password = output.Split('\n', StringSplitOptions.TrimEntries)[0];
        Assert.Matches("^[A-Za-z0-9]{16}-9a$", password);
        Assert.Contains("phải đổi khi đăng nhập lần đầu", output, StringComparison.Ordinal);

        using var site = Site();
        using var client = site.NewClient();
        await client.SignInAsync("bientap@test.local", password);
        var admin = await client.GetAsync("/admin");
        Assert.Contains("/admin/account/change-password", admin.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(2, "Không có vai trò \"Phóng viên\". Các vai trò: Administrator (Quản trị hệ thống)", "--email", "a@test.local", "--role", "Phóng viên")]
    [InlineData(2, "Không có đơn vị mã \"phuong-khong-co\". Các đơn vị đang hoạt động: vp-hdnd-ubnd (Văn phòng HĐND và UBND thành phố)", "--email", "a@test.local", "--role", "Editor", "--unit", "phuong-khong-co")]
    [InlineData(2, "Không có đơn vị mã \"phuong-khong-co\".", "--email", "a@test.local", "--role", "Editor", "--unit", "phong-vhtt,phuong-khong-co")]
    [InlineData(2, "Thiếu hoặc sai tham số: cần --email ĐỊA_CHỈ và --role VAI_TRÒ", "--email", "a@test.local")]
    [InlineData(2, "Thiếu hoặc sai tham số", "--email", "a@test.local", "--role", "Editor", "--group", "x")]
    [InlineData(2, "Không tạo được người dùng a@test.local: Mật khẩu", "--email", "a@test.local", "--role", "Editor", "--password", "123")]
    [InlineData(1, "Đã có người dùng có địa chỉ thư \"admin@portal.local\".", "--email", "admin@portal.local", "--role", "Editor")]
    public async Task Mistakes_GetAnExitCodeAndAVietnameseMessage_CreateNobody(int expectedExit, string message, params string[] words)
    {
        var (exit, output) = await RunAsync(["user", "create", .. words]);

        Assert.True(exit == expectedExit, output);
        Assert.Contains(message, output, StringComparison.Ordinal);
        using var site = Site();
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Null(await users.FindByEmailAsync("a@test.local"));
        Assert.Equal(["admin@portal.local"], await users.Users.Select(u => u.Email!).ToListAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private PortalFactory Site() => new(new Dictionary<string, string?> { ["Portal:DataFolder"] = Path.Combine(_folder, "data") });

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => HostProcess.RunAsync(_folder, arguments);
}
