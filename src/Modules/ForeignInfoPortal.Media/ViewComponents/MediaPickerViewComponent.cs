using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Media.ViewComponents;

/// <summary>
/// The media picker every editor uses (<see cref="MediaPicker.ViewComponent"/>): the chosen pictures with their
/// alt text and caption for this use, a dialog that searches the library and uploads into it, and inputs named
/// so that model binding fills the field (<c>{Name}[i].MediaId</c>, <c>{Name}.MediaId</c>, or <c>{Name}</c> as an address).
/// </summary>
[ViewComponent(Name = MediaPicker.ViewComponent)]
public sealed class MediaPickerViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(MediaPicker picker)
    {
        var catalog = HttpContext.RequestServices.GetService(typeof(MediaCatalog)) as MediaCatalog;
        var chosen = picker.AsAddress
            ? MediaUrls.TryParse(picker.Address, out var id) && catalog?.Find(id) is { } known
                ? [new ContentMediaReference { MediaId = id, Name = known.Name, Alt = known.Alt, Width = known.Width, Height = known.Height }]
                : []
            : picker.Value.Where(v => v is not null && v.MediaId != Guid.Empty).ToList();
        return View(new MediaPickerViewModel(picker, chosen,
            chosen.ToDictionary(c => c.MediaId, c => catalog?.Find(c.MediaId)?.Revision ?? 1)));
    }
}

/// <summary>The picker as its view draws it.</summary>
public sealed record MediaPickerViewModel(MediaPicker Picker, IReadOnlyList<ContentMediaReference> Chosen, IReadOnlyDictionary<Guid, int> Revisions)
{
    public string Id => "picker-" + Picker.Name.Replace('.', '-').Replace('[', '-').Replace(']', '-');

    /// <summary>"address" (a featured image), "one" (a single reference: Max = 1) or "list".</summary>
    public string Mode => Picker.AsAddress ? "address" : Picker.Max == 1 ? "one" : "list";

    /// <summary>The input name of entry <paramref name="index"/>'s <paramref name="property"/>.</summary>
    public string InputName(int index, string property) =>
        Mode == "one" ? $"{Picker.Name}.{property}" : $"{Picker.Name}[{index}].{property}";

    public string Thumbnail(ContentMediaReference reference) =>
        $"{MediaUrls.Derived(reference.MediaId, ImageWidths.All[0], ImageFormat.WebP)}?v={Revisions.GetValueOrDefault(reference.MediaId, 1)}";
}
