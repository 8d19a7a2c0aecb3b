namespace ForeignInfoPortal.Search;

/// <summary>
/// The public search pages' UI strings (<c>IStringLocalizer&lt;SearchStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/SearchStrings.en.resx the English (ADR 0019).
/// </summary>
internal sealed class SearchStrings;
