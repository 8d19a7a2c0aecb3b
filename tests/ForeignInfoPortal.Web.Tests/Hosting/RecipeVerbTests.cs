using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Hosting;

/// <summary>The <c>recipe</c> verb, run as an operator would: the host's own executable in a process of its own.</summary>
public sealed class RecipeVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-verb-" + Guid.NewGuid().ToString("N"));

    public RecipeVerbTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Recipe_GoodFile_IsAppliedAndReported_BadFile_IsRefusedWithStepAndField()
    {
        var good = Path.Combine(_folder, "good.json");
        await File.WriteAllTextAsync(good, """
            { "name": "đơn vị mới", "steps": [ { "step": "units", "units": [ { "code": "xa-moi", "name": "UBND xã Mới", "kind": "Commune" } ] } ] }
            """);
        var bad = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(bad, """
            { "name": "hỏng", "steps": [
              { "step": "units", "units": [ { "code": "xa-khac", "name": "UBND xã Khác" } ] },
              { "step": "units", "units": [ { "code": "a", "name": "A", "kind": "Tỉnh" } ] } ] }
            """);

        var (exit, output) = await RunAsync("recipe", good);
        Assert.True(exit == 0, output);
        Assert.Contains("Đã áp dụng công thức \"đơn vị mới\"", output);
        Assert.Contains("1. units: 1 đơn vị", output);

        (exit, output) = await RunAsync("recipe", bad);
        Assert.Equal(1, exit);
        Assert.Contains("Bước 2 (units), trường units[0].kind", output);
        Assert.Contains("không có thay đổi nào được lưu", output);

        // The refused recipe's first step left nothing behind; the good recipe's unit stays.
        Assert.Equal(1L, await CountUnitsAsync("xa-moi"));
        Assert.Equal(0L, await CountUnitsAsync("xa-khac"));

        (exit, output) = await RunAsync("recipe", "khong-co-tep");
        Assert.Equal(1, exit);
        Assert.Contains("Không tìm thấy tệp công thức", output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<long> CountUnitsAsync(string code)
    {
        await using var connection = await TestDatabase.OpenAsync(Path.Combine(_folder, "data"));
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Units\" WHERE \"Code\" = @code";
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("code", code);
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => HostProcess.RunAsync(_folder, arguments);
}
