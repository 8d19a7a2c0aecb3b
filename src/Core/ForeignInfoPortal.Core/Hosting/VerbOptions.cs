namespace ForeignInfoPortal.Core.Hosting;

/// <summary>The options of a verb written as pairs, <c>--user a@b --name X</c>, read the same way by every verb.</summary>
public static class VerbOptions
{
    /// <summary>
    /// The pairs as a case-insensitive dictionary ({ user: a@b, name: X }); null when an option has no value or a
    /// value stands without an option, so that the verb can say how it is written.
    /// </summary>
    public static Dictionary<string, string>? Read(IEnumerable<string> words)
    {
        var list = words.ToList();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Count; i += 2)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || list[i].Length == 2 || i + 1 >= list.Count)
            {
                return null;
            }

            options[list[i][2..]] = list[i + 1];
        }

        return options;
    }
}
