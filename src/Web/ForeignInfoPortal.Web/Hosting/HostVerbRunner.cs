using ForeignInfoPortal.Core.Hosting;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary>Finds and runs the command-line verb, if the host was started with one.</summary>
internal static class HostVerbRunner
{
    /// <summary>Splits "recipe demo --Portal:X=1" into the verb's words and the configuration arguments.</summary>
    public static (IReadOnlyList<string>? Verb, string[] ConfigurationArgs) Split(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return (null, args);
        }

        var verb = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal) || !a.Contains(':', StringComparison.Ordinal)).ToList();
        return (verb, args.Skip(verb.Count).ToArray());
    }

    /// <summary>True when the named verb replaces the database and must find it untouched by the first-start work.</summary>
    public static bool TakesTheDatabaseAsItIs(IServiceProvider services, IReadOnlyList<string> words) =>
        services.GetServices<IHostVerb>().Any(v => v is ITakesTheDatabaseAsItIs && string.Equals(v.Name, words[0], StringComparison.OrdinalIgnoreCase));

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> words, TextWriter output)
    {
        var verbs = services.GetServices<IHostVerb>().ToList();
        var verb = verbs.FirstOrDefault(v => string.Equals(v.Name, words[0], StringComparison.OrdinalIgnoreCase));
        if (verb is null)
        {
            await output.WriteLineAsync(words[0] is "help" or "-h" ? "Usage:" : $"Unknown verb \"{words[0]}\". Usage:");
            foreach (var known in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"  {known.Usage}");
            }

            return words[0] is "help" ? 0 : 2;
        }

        return await verb.RunAsync(words.Skip(1).ToList(), output, CancellationToken.None);
    }
}
