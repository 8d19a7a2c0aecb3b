namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// The query keys a cached page is not varied by: the ones social networks, messengers and campaigns append to a
/// shared link (<c>fbclid</c>, Zalo's <c>zarsrc</c>, <c>utm_source</c>...). Every click on a shared article carries
/// a value of its own, so varying by them would render the page for each visitor who came from a share, and fill
/// the cache with copies of it. No page reads them.
/// </summary>
internal sealed class IgnoredQueryKeys
{
    /// <summary>The default of <see cref="PageCacheOptions.IgnoredQueryKeys"/>; a key ending in <c>*</c> is a prefix.</summary>
    public static readonly IReadOnlyList<string> Tracking =
    [
        "utm_*", "fbclid", "zarsrc", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "ttclid", "twclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl",
    ];

    private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _prefixes;

    public IgnoredQueryKeys(IEnumerable<string> keys)
    {
        var prefixes = new List<string>();
        foreach (var key in keys.Select(k => k.Trim()).Where(k => k.Length > 0))
        {
            if (key.EndsWith('*'))
            {
                prefixes.Add(key[..^1]);
            }
            else
            {
                _keys.Add(key);
            }
        }

        _prefixes = [.. prefixes];
    }

    /// <summary>
    /// The query as sent without the ignored pairs: the others keep their order and their exact encoding, since a
    /// page binds the first of a repeated value. The query itself when it has none of them.
    /// </summary>
    public string Without(string query)
    {
        if (query.Length == 0 || (_keys.Count == 0 && _prefixes.Length == 0))
        {
            return query;
        }

        var kept = new List<string>();
        var dropped = false;
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            if (IsIgnored(pair))
            {
                dropped = true;
            }
            else
            {
                kept.Add(pair);
            }
        }

        return !dropped ? query : kept.Count == 0 ? "" : "?" + string.Join('&', kept);
    }

    private bool IsIgnored(string pair)
    {
        var equals = pair.IndexOf('=');
        var key = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
        return key.Length > 0
            && (_keys.Contains(key) || _prefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
    }
}
