using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>
/// The demo site whose localizers note every UI string asked for in English that the English resource files lack:
/// the Vietnamese text is the key (ADR 0019), so a missing entry shows Vietnamese on an English page, silently.
/// </summary>
public sealed class EnglishStringsSite() : PortalFactory(new Dictionary<string, string?> { ["Portal:Setup:Demo"] = "true" })
{
    public ConcurrentDictionary<string, string> Missing { get; } = new(StringComparer.Ordinal);

    protected override void ConfigurePortalServices(IServiceCollection services) =>
        services.AddSingleton<IStringLocalizerFactory>(provider => new RecordingFactory(
            new ResourceManagerStringLocalizerFactory(provider.GetRequiredService<IOptions<LocalizationOptions>>(), provider.GetRequiredService<ILoggerFactory>()),
            Missing));

    private sealed class RecordingFactory(IStringLocalizerFactory inner, ConcurrentDictionary<string, string> missing) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new Recording(inner.Create(resourceSource), resourceSource.Name, missing);

        public IStringLocalizer Create(string baseName, string location) => new Recording(inner.Create(baseName, location), baseName, missing);
    }

    private sealed class Recording(IStringLocalizer inner, string source, ConcurrentDictionary<string, string> missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Note(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Note(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Note(LocalizedString value)
        {
            if (value.ResourceNotFound && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en")
            {
                missing.TryAdd($"{source}: {value.Name}", CultureInfo.CurrentUICulture.Name);
            }

            return value;
        }
    }
}

/// <summary>Every English public page of the demo site takes each of its UI strings from an English resource.</summary>
public sealed class EnglishStringsTests(EnglishStringsSite site) : IClassFixture<EnglishStringsSite>
{
    // Enough to reach every public template from the English home: lists, their filters, details, search, the sitemap.
    private const int MaxPages = 120;

    [Fact]
    public async Task EnglishPages_UseNoUiStringTheEnglishResourcesLack()
    {
        using var visitor = site.NewClient();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/en/", "/en/tim-kiem?q=tourism", "/en/so-do-trang", "/en/khong-co-trang-nay"]);
        var templates = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0 && seen.Count < MaxPages)
        {
            var path = queue.Dequeue();
            if (!seen.Add(path))
            {
                continue;
            }

            var response = await visitor.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path} → {(int)response.StatusCode}");
            var page = await PortalClient.ParseAsync(response);
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang")?[..2]);
            templates.Add(string.Join('/', path.Split('?')[0].Split('/').Take(3)));
            foreach (var href in page.QuerySelectorAll("a[href^='/en/']").Select(a => a.GetAttribute("href")!))
            {
                // One of each filtered or paged list is enough; files and feeds are not pages.
                if (!href.Contains("/tep/", StringComparison.Ordinal) && !href.Contains("/rss", StringComparison.Ordinal)
                    && !href.Contains("/atom", StringComparison.Ordinal) && !seen.Contains(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        Assert.True(templates.Count >= 8, "the walk reached too few kinds of page: " + string.Join(", ", templates));
        Assert.True(site.Missing.IsEmpty, "UI strings without an English entry:\n" + string.Join("\n", site.Missing.Keys.Order(StringComparer.Ordinal)));
    }
}
