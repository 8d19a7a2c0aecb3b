namespace ForeignInfoPortal.Themes.Portal;

/// <summary>The theme's admin address, in one place.</summary>
internal static class HomeUrls
{
    public const string Settings = "admin/home";
}
