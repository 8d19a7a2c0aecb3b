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

        await ExecuteAsync("INSERT INTO PublicationCounters (Day, ContentType, Subtype, UnitId, Culture, Category, Count) VALUES ('2024-01-01', 'News', '', 0, 'vi', '', 3)");
        (exit, output) = await RunAsync("counters", "verify");
        Assert.True(exit == 1, output);
        Assert.Contains("2024-01-01 News/- đơn vị 0 vi -: đếm lại 0, bộ đếm 3", output);

        (exit, output) = await RunAsync("counters", "rebuild");
        Assert.True(exit == 0, output);
        Assert.Contains("sửa 1 dòng", output);
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
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "data", "portal.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => HostProcess.RunAsync(_folder, arguments);
}
