namespace ForeignInfoPortal.Themes.Portal;

/// <summary>
/// The theme's UI strings (<c>IStringLocalizer&lt;ThemeStrings&gt;</c>): the Vietnamese text is the key and the
/// default, Resources/ThemeStrings.en.resx the English (ADR 0019). The layout also translates the navigation
/// labels and home section names the modules give in Vietnamese.
/// </summary>
internal sealed class ThemeStrings;
