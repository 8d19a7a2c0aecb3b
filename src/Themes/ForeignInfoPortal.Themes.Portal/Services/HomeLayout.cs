using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Themes.Portal.Models;

namespace ForeignInfoPortal.Themes.Portal.Services;

/// <summary>A section as the home page renders it: the module's registration and the count to pass, if any.</summary>
internal sealed record HomeSectionView(HomeSection Section, int Order, bool Enabled, int? Count);

/// <summary>Applies <see cref="HomeSettings"/> to the sections the enabled modules register.</summary>
internal static class HomeLayout
{
    /// <summary>Every registered section with its settings (the module's defaults where none are stored), in display order.</summary>
    public static List<HomeSectionView> Compose(IEnumerable<HomeSection> sections, HomeSettings settings)
    {
        var stored = settings.Sections.DistinctBy(s => s.ViewComponent, StringComparer.Ordinal).ToDictionary(s => s.ViewComponent, StringComparer.Ordinal);
        return sections
            .DistinctBy(s => s.ViewComponent, StringComparer.Ordinal)
            .Select(s => stored.TryGetValue(s.ViewComponent, out var set)
                ? new HomeSectionView(s, set.Order, set.Enabled, set.Count)
                : new HomeSectionView(s, s.Order, true, null))
            .OrderBy(v => v.Order).ThenBy(v => v.Section.Name, StringComparer.Ordinal)
            .ToList();
    }
}
