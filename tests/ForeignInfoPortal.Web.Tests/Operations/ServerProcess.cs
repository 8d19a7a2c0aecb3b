using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>
/// The host's own executable serving HTTP on a free loopback port, as an operator starts it, on the site of
/// <c>{workingFolder}</c> that <see cref="HostProcess"/> verbs use (its data folder and the suite's database engine).
/// Its standard output is kept line by line; it can be killed with SIGKILL to test what a crash leaves behind.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    // Only a bound for a host that hangs: a first start that seeds the demo on PostgreSQL takes about 40 s on a quiet
    // machine, and CI runs the suites side by side (the PostgreSQL twins included) on two cores.
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Everything written to standard output and standard error so far, a line each.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    public static async Task<ServerProcess> StartAsync(string workingFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ForeignInfoPortal.Web.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var argument in HostProcess.SiteArguments(workingFolder).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var server = new ServerProcess(Process.Start(start)!);
        server._process.OutputDataReceived += (_, e) => server.Receive(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Receive(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await server._listening.Task.WaitAsync(StartBound);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };

    /// <summary>Kills the process at once, as a power cut or the OOM killer would (SIGKILL: no shutdown code runs).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            _listening.TrySetException(new InvalidOperationException("The host exited before listening:\n" + string.Join('\n', _lines)));
            return;
        }

        _lines.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
