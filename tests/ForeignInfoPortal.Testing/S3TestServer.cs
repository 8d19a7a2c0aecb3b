using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// An S3-compatible server on loopback for one suite: npm's s3rver (installed into tests/tools/s3rver at build time)
/// with one bucket, its objects in a throw-away folder. Without Node or the package the suite is skipped, or fails
/// when <c>CI=true</c>.
/// </summary>
public sealed class S3TestServer : IAsyncDisposable
{
    public const string Bucket = "portal";

    /// <summary>s3rver's fixed credentials: it checks the signatures made with them.</summary>
    public const string AccessKey = "S3RVER";

    public const string SecretKey = "S3RVER";

    public const string HowToInstall = "the S3 storage tests need Node.js and npm (apt-get install nodejs npm); the test build installs s3rver into tests/tools/s3rver.";

    private readonly Process _process;

    private S3TestServer(Process process, string serviceUrl, string folder)
    {
        _process = process;
        ServiceUrl = serviceUrl;
        Folder = folder;
    }

    public string ServiceUrl { get; }

    /// <summary>Where s3rver keeps the bucket's objects (a test may look at them directly).</summary>
    public string Folder { get; }

    /// <summary>The portal's configuration for this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:Storage:Provider"] = "S3",
        ["Portal:Storage:S3:ServiceUrl"] = ServiceUrl,
        ["Portal:Storage:S3:Bucket"] = Bucket,
        ["Portal:Storage:S3:AccessKey"] = AccessKey,
        ["Portal:Storage:S3:SecretKey"] = SecretKey,
    };

    /// <summary>Starts the server, or returns null with the reason to skip (throws on CI instead).</summary>
    public static async Task<S3TestServer?> StartAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "tools", "s3rver", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            return Missing($"{script} is missing");
        }

        var folder = Path.Combine(Path.GetTempPath(), "fip-s3-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--directory", folder, "--address", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--configure-bucket", Bucket },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return Missing($"node could not be started ({exception.Message})");
        }

        var serviceUrl = $"http://127.0.0.1:{port}";
        var server = new S3TestServer(process, serviceUrl, folder);
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(serviceUrl);
                return server;
            }
            catch (HttpRequestException) when (!process.HasExited)
            {
                await Task.Delay(100);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"s3rver did not start: {await process.StandardError.ReadToEndAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private static S3TestServer? Missing(string reason) =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException($"CI=true but {reason}: {HowToInstall}")
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ForeignInfoPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ForeignInfoPortal.sln) was not found above " + AppContext.BaseDirectory);
    }
}
