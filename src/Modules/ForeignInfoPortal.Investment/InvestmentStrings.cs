namespace ForeignInfoPortal.Investment;

/// <summary>
/// The public investment pages' UI strings (<c>IStringLocalizer&lt;InvestmentStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/InvestmentStrings.en.resx the English (ADR 0019).
/// </summary>
internal sealed class InvestmentStrings;
