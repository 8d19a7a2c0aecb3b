namespace ForeignInfoPortal.Core.Modules;

/// <summary>
/// A section of the public home page that a module contributes (latest news, latest documents...): the
/// theme renders the view component <see cref="ViewComponent"/> in <see cref="Order"/>.
/// </summary>
public sealed record HomeSection(string Name, string ViewComponent, int Order);
