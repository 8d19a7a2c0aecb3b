using ForeignInfoPortal.Testing;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>
/// The portal on a real Kestrel port (browsers cannot reach the in-memory test server) and Debian's
/// Chromium driven by Playwright. Chromium is found at <c>PORTAL_CHROMIUM</c> or /usr/bin/chromium.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? "/usr/bin/chromium";
    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private PortalFactory? _factory;
    private IPlaywright? _playwright;

    public BrowserSite()
    {
    }

    /// <summary>A site with extra host settings (the demo recipe...), for a fixture of its own.</summary>
    protected BrowserSite(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    public IBrowser Browser { get; private set; } = null!;

    public PortalFactory Factory => _factory!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// Skips the calling test when Chromium is missing, with the command that installs it; fails it instead
    /// under CI (CI=true), where a missing prerequisite is a broken run, not a reason to pass.
    /// </summary>
    public static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var message = $"Chromium not found at {ChromiumPath}: install it with `sudo apt-get install -y chromium` (or set PORTAL_CHROMIUM).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _factory = new PortalFactory(_settings);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
