namespace ForeignInfoPortal.Core.Hosting;

/// <summary>The options of a verb written as pairs, <c>--user a@b --name X</c>, read the same way by every verb.</summary>
public static class VerbOptions
{
    /// <summary>
    /// The pairs as a case-insensitive dictionary ({ user: a@b, name: X }); null when an option has no value or a
    /// value stands without an option, so that the verb can say how it is written.
    /// </summary>
    public static Dictionary<string, string>? Read(IEnumerable<string> words) => Read(words, lists: []);

    /// <summary>
    /// As <see cref="Read(IEnumerable{string})"/>, but the options named in <paramref name="lists"/> may be repeated:
    /// <c>--unit a --unit b,c</c> reads as "a,b,c" (split it with <see cref="Items"/>).
    /// </summary>
    public static Dictionary<string, string>? Read(IEnumerable<string> words, IReadOnlyCollection<string> lists)
    {
        var list = words.ToList();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Count; i += 2)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || list[i].Length == 2 || i + 1 >= list.Count)
            {
                return null;
            }

            var name = list[i][2..];
            options[name] = lists.Contains(name, StringComparer.OrdinalIgnoreCase) && options.TryGetValue(name, out var earlier)
                ? $"{earlier},{list[i + 1]}"
                : list[i + 1];
        }

        return options;
    }

    /// <summary>The items of a comma list, trimmed, without empty ones.</summary>
    public static IReadOnlyList<string> Items(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
