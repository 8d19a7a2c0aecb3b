namespace ForeignInfoPortal.Core.Localization;

/// <summary>A page in one culture: <paramref name="Path"/> is a site path already on that culture's site ("/en/trang/about").</summary>
public sealed record PageAlternate(string Culture, string Path);
