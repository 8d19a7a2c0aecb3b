namespace ForeignInfoPortal.Pages;

/// <summary>
/// The public pages' UI strings (<c>IStringLocalizer&lt;PagesStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/PagesStrings.en.resx the English (ADR 0019).
/// </summary>
internal sealed class PagesStrings;
