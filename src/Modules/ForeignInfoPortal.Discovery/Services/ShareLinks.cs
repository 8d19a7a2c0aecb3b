namespace ForeignInfoPortal.Discovery.Services;

/// <summary>
/// Plain share links: the networks' own pages open in a new tab with the address filled in, so no script of
/// theirs is loaded on ours (no third-party request before the reader asks for one). Zalo documents only its
/// script button; the share page's address below is the one that button opens.
/// </summary>
internal static class ShareLinks
{
    public static string Facebook(string absoluteUrl) =>
        "https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString(absoluteUrl);

    public static string Zalo(string absoluteUrl) =>
        "https://sp.zalo.me/share?url=" + Uri.EscapeDataString(absoluteUrl);
}
