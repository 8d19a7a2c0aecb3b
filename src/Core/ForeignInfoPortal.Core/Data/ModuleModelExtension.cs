using ForeignInfoPortal.Core.Modules;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Data;

/// <summary>
/// The modules whose tables <see cref="PortalDbContext"/> maps, carried in its options rather than its constructor: a
/// context whose one constructor takes its options alone can be pooled (ADR 0027). The model is built once per set of
/// modules: options that name the same modules, and are otherwise alike, share EF's internal services, and so the model.
/// </summary>
internal sealed class ModuleModelExtension(ModuleCatalog modules) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public ModuleCatalog Modules => modules;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(ModuleModelExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        // Every module maps its tables whether it is switched on or not, so the model depends on which modules exist only.
        private readonly string _names = string.Join(',', extension.Modules.Modules.Select(m => m.Name).Order(StringComparer.Ordinal));

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        public override int GetServiceProviderHashCode() => StringComparer.Ordinal.GetHashCode(_names);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info._names == _names;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Portal:Modules"] = _names;
    }
}
