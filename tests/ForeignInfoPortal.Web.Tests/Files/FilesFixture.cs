using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Files;

/// <summary>A site with the test-only Dossier type and a tiny audio limit (10 KB).</summary>
public sealed class FilesFixture() : PortalFactory(new Dictionary<string, string?> { [DossierFields.AudioLimitKey] = "0.01" })
{
    public string FilesFolder => Path.Combine(DataFolder, "files");

    /// <summary>Every file under the store's root (temporary ones included).</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(FilesFolder) ? Directory.GetFiles(FilesFolder, "*", SearchOption.AllDirectories) : [];

    protected override void ConfigurePortalServices(IServiceCollection services) => DossierFields.Register(services);
}

[CollectionDefinition(Name)]
public sealed class FilesCollection : ICollectionFixture<FilesFixture>
{
    public const string Name = "files";
}
