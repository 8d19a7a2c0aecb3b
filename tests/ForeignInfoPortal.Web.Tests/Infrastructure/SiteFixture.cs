using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Infrastructure;

/// <summary>The one site most tests share: xunit creates it once for the collection.</summary>
public sealed class SiteFixture : PortalFactory;

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
