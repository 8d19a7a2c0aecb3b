namespace ForeignInfoPortal.Admin.ViewModels;

public sealed record AdminMenuGroup(string Name, IReadOnlyList<AdminMenuLink> Links);

public sealed record AdminMenuLink(string Text, string Url, bool IsCurrent);
