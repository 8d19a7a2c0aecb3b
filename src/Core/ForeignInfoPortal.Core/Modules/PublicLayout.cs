namespace ForeignInfoPortal.Core.Modules;

/// <summary>Where in the public layout a <see cref="PublicLayoutItem"/> is written.</summary>
public enum PublicLayoutSlot
{
    /// <summary>Inside <c>&lt;head&gt;</c>, after the page's own head section.</summary>
    Head,

    /// <summary>Inside <c>&lt;main&gt;</c>, after the page's body.</summary>
    AfterContent,
}

/// <summary>
/// Something a module writes into every public page (the page's metadata in the head, the share bar…): the theme
/// renders the view component <see cref="ViewComponent"/> in its <see cref="Slot"/>, in <see cref="Order"/>; the
/// component renders nothing on pages it does not concern.
/// </summary>
public sealed record PublicLayoutItem(string Name, string ViewComponent, PublicLayoutSlot Slot, int Order);

/// <summary>A link a module adds to the public footer (the site map page…), in <see cref="Order"/>.</summary>
public sealed record FooterLink(string Text, string Url, int Order);
