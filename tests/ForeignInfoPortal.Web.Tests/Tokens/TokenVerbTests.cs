using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Tokens;

/// <summary><c>token create|list|revoke</c> run as an operator would: the host's executable in its own process.</summary>
public sealed partial class TokenVerbTests : IDisposable
{
    // The host's first administrator when Portal:Admin:Email is not set, as in HostProcess.
    private const string AdminEmail = "admin@portal.local";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-token-verb-" + Guid.NewGuid().ToString("N"));

    public TokenVerbTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Create_PrintsTheSecretAloneOnItsLine_ItWorksOnTheApi_ListShowsIt_RevokeStopsIt()
    {
        var (exit, output) = await RunAsync("token", "create", "--user", AdminEmail, "--name", "Trung tâm phát thanh", "--expires", "2099-12-31");
        Assert.True(exit == 0, output);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var secret = Assert.Single(lines, l => l.StartsWith("fip_", StringComparison.Ordinal));
        Assert.Matches(SecretPattern(), secret);
        Assert.Contains("chỉ hiện một lần", output, StringComparison.Ordinal);
        Assert.Contains("hết hạn lúc 01/01/2100 00:00", output, StringComparison.Ordinal);

        using var site = new PortalFactory(new Dictionary<string, string?> { ["Portal:DataFolder"] = Path.Combine(_folder, "data") });
        using var machine = site.NewClient();
        machine.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(TokenSite.StatisticsUrl)).StatusCode);

        (exit, output) = await RunAsync("token", "list");
        Assert.True(exit == 0, output);
        var row = Assert.Single(output.Split('\n'), l => l.Contains(secret[..12], StringComparison.Ordinal));
        Assert.Contains("Đang dùng", row, StringComparison.Ordinal);
        Assert.Contains("Trung tâm phát thanh", row, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        var id = row.Split('\t')[0].TrimStart('#');

        (exit, output) = await RunAsync("token", "revoke", "--id", id);
        Assert.True(exit == 0, output);
        Assert.Contains($"Đã thu hồi mã truy cập #{id}.", output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync(TokenSite.StatisticsUrl)).StatusCode);
    }

    [Theory]
    [InlineData(1, "Không có người dùng có địa chỉ thư \"khong-co@test.local\".", "create", "--user", "khong-co@test.local", "--name", "X")]
    [InlineData(2, "Ngày hết hạn \"31/12/2099\" không hợp lệ: dùng dạng yyyy-MM-dd, ví dụ 2026-12-31.", "create", "--user", AdminEmail, "--name", "X", "--expires", "31/12/2099")]
    [InlineData(2, "Ngày hết hạn 2020-01-01 đã qua", "create", "--user", AdminEmail, "--name", "X", "--expires", "2020-01-01")]
    [InlineData(2, "Thiếu tham số: cần --user EMAIL và --name TÊN", "create", "--user", AdminEmail)]
    [InlineData(2, "Thiếu hoặc sai tham số: cần --id SỐ", "revoke")]
    [InlineData(1, "Không có mã truy cập #999.", "revoke", "--id", "999")]
    [InlineData(2, "Thiếu hoặc sai lệnh", "rotate")]
    public async Task Mistakes_GetAnExitCodeAndAVietnameseMessage_CreateNothing(int expectedExit, string message, params string[] words)
    {
        var (exit, output) = await RunAsync(["token", .. words]);

        Assert.True(exit == expectedExit, output);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotMatch(SecretPattern(), output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => HostProcess.RunAsync(_folder, arguments);

    [GeneratedRegex("^fip_[A-Za-z0-9_-]{43}$", RegexOptions.Multiline)]
    private static partial Regex SecretPattern();
}
