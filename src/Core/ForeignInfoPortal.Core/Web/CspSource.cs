namespace ForeignInfoPortal.Core.Web;

/// <summary>Turns a URL someone configured into a CSP host source, or nothing when it is not one we can trust.</summary>
internal static class CspSource
{
    /// <summary>"https://host[:port]" (a placeholder label in the host becomes "*."), or null.</summary>
    public static string? FromUrl(string? url)
    {
        const string Https = "https://";
        var text = url?.Trim();
        if (string.IsNullOrEmpty(text) || !text.StartsWith(Https, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = text[Https.Length..];
        var end = rest.IndexOfAny(['/', '?', '#']);
        var authority = end < 0 ? rest : rest[..end];
        var placeholder = authority.LastIndexOf('}');
        if (placeholder >= 0)
        {
            // "{s}.tile.example.org" or "a{s}.tile.example.org": any one label in front of the fixed part.
            var fixedPart = authority[(placeholder + 1)..];
            var dot = fixedPart.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || !fixedPart[(dot + 1)..].Contains('.', StringComparison.Ordinal))
            {
                return null;
            }

            authority = "*" + fixedPart[dot..];
        }

        // Only letters, digits, dots, hyphens, a port and the one leading wildcard: nothing that could end the directive.
        var host = authority.StartsWith("*.", StringComparison.Ordinal) ? authority[2..] : authority;
        return host.Length > 0 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':') && !host.StartsWith('.')
            ? Https + authority.ToLowerInvariant()
            : null;
    }
}
