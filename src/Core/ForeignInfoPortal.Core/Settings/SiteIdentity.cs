namespace ForeignInfoPortal.Core.Settings;

/// <summary>The portal's names as one culture's pages show them (<see cref="SiteSettings.IdentityIn"/>).</summary>
public sealed record SiteIdentity(CultureText PortalName, CultureText? BodyName, CultureText? ResponsiblePerson, CultureText? Address)
{
    /// <summary>Who publishes: the body, or the portal when no body is set (feeds, structured data).</summary>
    public CultureText Publisher => BodyName ?? PortalName;
}

/// <summary>A text and the culture it is written in, so a page in another culture can mark it (<c>lang</c>).</summary>
public sealed record CultureText(string Text, string Culture)
{
    /// <summary>The <c>lang</c> attribute the text needs on a page of <paramref name="pageCulture"/>: null when they agree.</summary>
    public string? LangOn(string pageCulture) => Culture == pageCulture ? null : Culture;

    public override string ToString() => Text;
}
