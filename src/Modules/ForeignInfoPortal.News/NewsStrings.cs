namespace ForeignInfoPortal.News;

/// <summary>
/// The public news pages' UI strings (<c>IStringLocalizer&lt;NewsStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/NewsStrings.en.resx the English (ADR 0019).
/// </summary>
internal sealed class NewsStrings;
