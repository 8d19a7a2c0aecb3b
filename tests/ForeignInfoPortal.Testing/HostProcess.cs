using System.Diagnostics;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// Runs the host's own executable with a verb (<c>recipe</c>, <c>counters</c>, <c>report</c>), as an operator
/// would, against a data folder of its own under <c>{workingFolder}/data</c>.
/// </summary>
public static class HostProcess
{
    public const string AdminPassword = "Admin-Verb-2026";

    /// <summary>
    /// The command-line settings of the site of <paramref name="workingFolder"/>: its data folder, the first administrator's
    /// password, and the suite's database engine (every process on one folder reaches the same database).
    /// </summary>
    public static IEnumerable<string> SiteArguments(string workingFolder)
    {
        var data = Path.Combine(workingFolder, "data");
        yield return $"--Portal:DataFolder={data}";
        yield return $"--Portal:Admin:Password={AdminPassword}";
        foreach (var (key, value) in TestDatabase.SettingsFor(data))
        {
            yield return $"--{key}={value}";
        }
    }

    /// <summary>Runs the verb and returns its exit code and everything it printed (stdout then stderr).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingFolder, params string[] arguments)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "ForeignInfoPortal.Web.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in SiteArguments(workingFolder))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A verb that hangs must not outlive the test run.
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }
}
