using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Core.Modules;

/// <summary>A module found in the host's references.</summary>
public sealed record ModuleDescriptor(IModule Module, Assembly Assembly, bool Enabled)
{
    public string Name => Module.Name;
}

/// <summary>
/// The modules the host references. The Razor SDK writes an <see cref="ApplicationPartAttribute"/> into the
/// host for each referenced assembly that uses MVC; those that hold an <see cref="IModule"/> are modules.
/// </summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules) => Modules = modules;

    /// <summary>Every referenced module, enabled or not, in a stable order (by name).</summary>
    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public IEnumerable<ModuleDescriptor> Enabled => Modules.Where(m => m.Enabled);

    /// <summary>Finds the modules referenced by <paramref name="host"/>.</summary>
    public static ModuleCatalog Discover(Assembly host, IConfiguration configuration)
    {
        var assemblies = host.GetCustomAttributes<ApplicationPartAttribute>()
            .Select(a => Assembly.Load(new AssemblyName(a.AssemblyName)))
            .Append(host)
            .Distinct();
        return FromAssemblies(assemblies, configuration);
    }

    /// <summary>Builds a catalog from explicit assemblies (design-time tools and tests).</summary>
    public static ModuleCatalog FromAssemblies(IEnumerable<Assembly> assemblies, IConfiguration configuration)
    {
        var modules = assemblies
            .SelectMany(a => a.GetExportedTypes()
                .Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .Select(t => (Module: (IModule)Activator.CreateInstance(t)!, Assembly: a)))
            .Select(m => new ModuleDescriptor(m.Module, m.Assembly,
                configuration.GetValue($"Portal:Modules:{m.Module.Name}:Enabled", defaultValue: true)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        return new ModuleCatalog(modules);
    }
}
