using System.Globalization;

namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// The cultures content is written in, and how a culture shows in the public URL: Vietnamese at the site root,
/// English under <c>/en</c>. The request's culture is set from the URL alone (Localization/CulturePaths); code that
/// needs it reads <see cref="Current"/>.
/// </summary>
public static class PortalCultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    /// <summary>The path prefix of the English site.</summary>
    public const string EnglishPathPrefix = "/en";

    public static IReadOnlyList<string> All { get; } = [Vietnamese, English];

    /// <summary>Vietnamese dates and numbers: 22/11/2026, 1.234.567.</summary>
    public static CultureInfo VietnameseCulture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>British English: "22 Nov 2026" day first (as Vietnamese readers expect), 1,234,567.</summary>
    public static CultureInfo EnglishCulture { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The culture of the current request: English only when the request localization set the portal's English
    /// culture (a URL under /en); Vietnamese otherwise, including verbs and background work whatever the machine's locale.
    /// </summary>
    public static string Current => CultureInfo.CurrentUICulture.Name == EnglishCulture.Name ? English : Vietnamese;

    public static bool IsEnglish => Current == English;

    /// <summary>The .NET culture of the current request, for numbers on public pages (1.234.567 or 1,234,567).</summary>
    public static CultureInfo CurrentCultureInfo => CultureInfoOf(Current);

    /// <summary>The .NET culture of a content culture.</summary>
    public static CultureInfo CultureInfoOf(string culture) => culture == English ? EnglishCulture : VietnameseCulture;

    /// <summary>
    /// Makes a content culture the current one (strings, dates, numbers) until the result is disposed, then restores
    /// the request's: for work on a version in its own language whatever the request's, such as indexing an English
    /// version published from the Vietnamese admin.
    /// </summary>
    public static IDisposable Use(string culture)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfoOf(culture);
        return new CultureRestorer(before, beforeUi);
    }

    /// <summary>The other culture of the pair: what a translation is written in.</summary>
    public static string Other(string culture) => culture == English ? Vietnamese : English;

    /// <summary>A culture-neutral site path ("/tin-tuc/x") on the site of a culture ("/en/tin-tuc/x"); "/" becomes "/en/".</summary>
    public static string Localize(string path, string culture)
    {
        if (culture != English || !path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || HasEnglishPrefix(path))
        {
            return path;
        }

        return EnglishPathPrefix + path;
    }

    /// <summary>Whether a site path is already on the English site ("/en", "/en/…", "/en?…").</summary>
    public static bool HasEnglishPrefix(string path) =>
        path.StartsWith(EnglishPathPrefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == EnglishPathPrefix.Length || path[EnglishPathPrefix.Length] is '/' or '?' or '#');
}

/// <summary>Puts back the cultures <see cref="PortalCultures.Use"/> replaced.</summary>
file sealed class CultureRestorer(CultureInfo culture, CultureInfo uiCulture) : IDisposable
{
    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
}
