namespace ForeignInfoPortal.Broadcasts;

/// <summary>
/// The public radio and television pages' UI strings (<c>IStringLocalizer&lt;BroadcastsStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/BroadcastsStrings.en.resx the English (ADR 0019).
/// </summary>
internal sealed class BroadcastsStrings;
