using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Settings;

/// <summary>The portal's names as one culture's pages show them (<see cref="SiteSettings.IdentityIn"/>).</summary>
public sealed record SiteIdentity(CultureText PortalName, CultureText? BodyName, CultureText? ResponsiblePerson, CultureText? Address)
{
    /// <summary>Who publishes: the body, or the portal when no body is set (feeds, structured data).</summary>
    public CultureText Publisher => BodyName ?? PortalName;
}
