using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Home;

/// <summary>
/// A site of its own for the tests that rearrange the home page and the navigation: their settings are site-wide
/// and would change what the shared site's other tests see.
/// </summary>
public sealed class ComposedSite : PortalFactory;

[CollectionDefinition(Name)]
public sealed class ComposedSiteCollection : ICollectionFixture<ComposedSite>
{
    public const string Name = "composed-site";
}
