namespace ForeignInfoPortal.Tourism;

/// <summary>
/// The public tourism pages' UI strings (<c>IStringLocalizer&lt;TourismStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/TourismStrings.en.resx the English (ADR 0019).
/// </summary>
internal sealed class TourismStrings;
