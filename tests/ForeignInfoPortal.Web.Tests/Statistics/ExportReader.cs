using System.Diagnostics;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>
/// A real reader for the exports: Debian's LibreOffice converts a document to PDF and poppler's pdftotext
/// reads the PDF back. Each conversion gets a LibreOffice profile of its own, so parallel runs do not share
/// (and lock) ~/.config/libreoffice, and a time limit, so a hung soffice fails the test instead of the run.
/// </summary>
internal static class ExportReader
{
    public const string Install = "sudo apt-get install -y libreoffice-writer-nogui poppler-utils";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly string[] Tools = ["soffice", "pdftotext"];

    /// <summary>Skips when soffice or pdftotext is missing, with the command that installs them; fails under CI=true.</summary>
    public static void Require()
    {
        var missing = Tools.Where(tool => Find(tool) is null).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var message = $"{string.Join(" and ", missing)} not found: install them with `{Install}`.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    /// <summary>Whether LibreOffice can read spreadsheets here (libreoffice-calc); writer-nogui alone cannot.</summary>
    public static bool HasCalc() =>
        Directory.Exists("/usr/lib/libreoffice/program")
        && Directory.EnumerateFiles("/usr/lib/libreoffice/program", "libsclo.so").Any();

    /// <summary>
    /// Converts <paramref name="file"/> with soffice to <paramref name="format"/> beside it ("pdf", or a filter with
    /// options such as "csv:Text - txt - csv (StarCalc):44,34,76" for UTF-8 CSV); returns the new file.
    /// </summary>
    public static async Task<string> ConvertAsync(string file, string format, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(file)!;
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output) = await RunAsync(
                "soffice",
                [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", format, "--outdir", folder, file],
                cancellationToken);
            var converted = Path.ChangeExtension(file, format.Split(':')[0]);
            Assert.True(exit == 0 && File.Exists(converted), $"soffice could not convert {Path.GetFileName(file)} to {format} (exit {exit}): {output}");
            return converted;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    /// <summary>The text of a PDF, laid out as on the page.</summary>
    public static async Task<string> PdfTextAsync(string pdf, CancellationToken cancellationToken)
    {
        var (exit, output) = await RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], cancellationToken);
        Assert.True(exit == 0, $"pdftotext failed (exit {exit}): {output}");
        return output;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Find(tool)!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Only this process (and its children) is ended: never a process found by name.
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, await output + await error);
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
}
