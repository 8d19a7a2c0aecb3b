namespace ForeignInfoPortal.Documents;

/// <summary>
/// The public documents pages' UI strings (<c>IStringLocalizer&lt;DocumentsStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/DocumentsStrings.en.resx the English (ADR 0019).
/// </summary>
internal sealed class DocumentsStrings;
