namespace ForeignInfoPortal.Discovery;

/// <summary>
/// The share bar's and the site map page's UI strings (<c>IStringLocalizer&lt;DiscoveryStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/DiscoveryStrings.en.resx the English (ADR 0019).
/// </summary>
internal sealed class DiscoveryStrings;
