namespace ForeignInfoPortal.Core.Media;

/// <summary>
/// A picture from the media library as a content type's fields refer to it (a tourism site's gallery, a news
/// item's photos). The id is what counts: the Media module refreshes the rest from the library on every save, so
/// nothing a client says about the picture's size or name is trusted. <see cref="Alt"/> and <see cref="Caption"/>
/// default to the library's and may be overridden for this use.
/// </summary>
public sealed class ContentMediaReference
{
    public Guid MediaId { get; set; }

    /// <summary>The text that replaces the picture for screen readers; required before the item is published.</summary>
    public string? Alt { get; set; }

    public string? Caption { get; set; }

    /// <summary>The original's size in pixels after its orientation is applied (from the library).</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>The display name in the library, Vietnamese kept ("Đền Cô mùa xuân.jpg").</summary>
    public string Name { get; set; } = "";
}

/// <summary>
/// Marks a fields property of type <see cref="ContentMediaReference"/> (one picture) or
/// <c>List&lt;ContentMediaReference&gt;</c> (a gallery) as picked from the media library in the admin editor.
/// The editor partial renders the <see cref="MediaPicker"/> view component for it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ContentMediaAttribute : Attribute
{
    /// <summary>How many pictures the property may hold (1 for a single picture).</summary>
    public int Max { get; init; } = 1;
}

/// <summary>
/// The media picker as an editor partial calls it:
/// <c>@await Component.InvokeAsync(MediaPicker.ViewComponent, new MediaPicker("Fields.Gallery", Model.Gallery, max: 30))</c>.
/// It posts <c>{Name}[i].MediaId</c>, <c>{Name}[i].Alt</c>, <c>{Name}[i].Caption</c> for a list and
/// <c>{Name}.MediaId</c>... for one picture, so ordinary model binding fills the fields.
/// </summary>
public sealed record MediaPicker(string Name, IReadOnlyList<ContentMediaReference> Value, int Max = 1, string? Label = null)
{
    /// <summary>The view component's name (the Media module provides it).</summary>
    public const string ViewComponent = "MediaPicker";

    /// <summary>
    /// True for a field that stores an address rather than a reference (<c>ContentVersion.FeaturedImage</c>): the
    /// picker posts <c>{Name}</c> as the picture's library address and still accepts an outside URL typed in.
    /// </summary>
    public bool AsAddress { get; init; }

    /// <summary>The address mode's current value (a library address or an outside URL).</summary>
    public string? Address { get; init; }
}
