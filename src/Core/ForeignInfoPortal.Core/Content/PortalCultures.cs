namespace ForeignInfoPortal.Core.Content;

/// <summary>The cultures content is written in.</summary>
public static class PortalCultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Vietnamese, English];
}
