namespace ForeignInfoPortal.Browser.Tests.Xss;

/// <summary>The vectors of <c>Xss/xss-vectors.txt</c> (copied beside the test assembly): one per line, "#" lines skipped.</summary>
internal static class XssCorpus
{
    public static IReadOnlyList<string> Load() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Xss", "xss-vectors.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
}
