namespace ForeignInfoPortal.Core.Hosting;

/// <summary>
/// A command-line verb of the host (<c>ForeignInfoPortal.Web recipe FILE</c>): it runs against the configured
/// database instead of starting the web server. Modules register their own.
/// </summary>
public interface IHostVerb
{
    /// <summary>The first argument that selects the verb, e.g. "recipe".</summary>
    string Name { get; }

    /// <summary>One line of usage, shown by <c>help</c>.</summary>
    string Usage { get; }

    /// <summary>Runs the verb; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
