using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary><c>counters verify</c> and <c>counters rebuild</c> run as an operator would: the host's executable in its own process.</summary>
public sealed class VerbCountersTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-counters-" + Guid.NewGuid().ToString("N"));

    public VerbCountersTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Verify_CleanThenCorrupted_ExitCodes0Then1_RebuildRepairs()
    {
        var (exit, output) = await RunAsync("counters", "verify");
        Assert.True(exit == 0, output);
        Assert.Contains("Không có sai lệch.", output);

        // One wrong figure in each counter table: verify names every one.
        await ExecuteAsync("""
            INSERT INTO "PublicationCounters" ("Day", "ContentType", "Subtype", "UnitId", "Culture", "Category", "Count", "Withdrawn") VALUES ('2024-01-01', 'News', '', 0, 'vi', '', 3, 0);
            INSERT INTO "PublicationMonthCounters" ("Month", "ContentType", "Subtype", "UnitId", "Culture", "Category", "Count", "Withdrawn") VALUES ('2024-02-01', 'News', '', 0, 'vi', '', 0, 2);
            INSERT INTO "PublicationMonthTypeCounters" ("Month", "ContentType", "Subtype", "UnitId", "Culture", "Category", "Count", "Withdrawn") VALUES ('2024-03-01', 'News', '', 0, 'en', '', 1, 0);
            """);
        (exit, output) = await RunAsync("counters", "verify");
        Assert.True(exit == 1, output);
        Assert.Contains("Có 3 sai lệch:", output);
        Assert.Contains("PublicationCounters 2024-01-01 News/- đơn vị 0 vi -, đã đăng: đếm lại 0, bộ đếm 3", output);
        Assert.Contains("PublicationMonthCounters 2024-02-01 News/- đơn vị 0 vi -, đã gỡ: đếm lại 0, bộ đếm 2", output);
        Assert.Contains("PublicationMonthTypeCounters 2024-03-01 News/- đơn vị 0 en -, đã đăng: đếm lại 0, bộ đếm 1", output);

        (exit, output) = await RunAsync("counters", "rebuild");
        Assert.True(exit == 0, output);
        Assert.Contains("sửa 3 dòng", output);
        (exit, output) = await RunAsync("counters", "verify");
        Assert.True(exit == 0, output);

        (exit, _) = await RunAsync("counters", "fix");
        Assert.Equal(2, exit);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await TestDatabase.OpenAsync(Path.Combine(_folder, "data"));
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => HostProcess.RunAsync(_folder, arguments);
}
