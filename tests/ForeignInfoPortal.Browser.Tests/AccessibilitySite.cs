namespace ForeignInfoPortal.Browser.Tests;

/// <summary>
/// A browser site set up with the demo recipe, so every public template has real content to show: news in
/// categories, documents with attachments, broadcasts of each kind, tourism sites, investment, pages.
/// </summary>
public sealed class AccessibilitySite() : BrowserSite(new Dictionary<string, string?> { ["Portal:Setup:Demo"] = "true" });
