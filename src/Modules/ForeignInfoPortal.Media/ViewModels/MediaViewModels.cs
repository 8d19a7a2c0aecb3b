using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Models;
using ForeignInfoPortal.Media.Services;

namespace ForeignInfoPortal.Media.ViewModels;

/// <summary>One picture in a list: the admin grid and the picker's JSON.</summary>
public sealed record MediaListItem(Guid Id, string Name, string? Alt, string? Caption, int Width, int Height, string Thumbnail,
    string Url, string? Folder, string UploadedBy, string Uploaded)
{
    public static MediaListItem From(MediaItem item, string? folder, string uploadedBy) => new(
        item.Id, item.Name, item.Alt, item.Caption, item.Width, item.Height,
        $"{MediaUrls.Derived(item.Id, ImageWidths.All[0], ImageFormat.WebP)}?v={item.Revision}",
        MediaUrls.Original(item.Id, item.Name), folder, uploadedBy, Core.Text.VietnamTime.FormatDateAndTime(item.CreatedUtc));
}

public sealed record MediaIndexViewModel(IReadOnlyList<MediaListItem> Items, IReadOnlyList<MediaFolder> Folders, string? Query, int? FolderId,
    int Page, int PageCount, int Total, bool CanManage, string Accept, string MaxMegabytes);

public sealed record MediaDetailViewModel(MediaItem Item, MediaListItem Summary, IReadOnlyList<MediaFolder> Folders,
    IReadOnlyList<MediaUsage> Usage, bool CanManage, string Accept, string ModifiedBy);

/// <summary>What the details form posts.</summary>
public sealed class MediaDescribeForm
{
    public string? Name { get; set; }

    public string? Alt { get; set; }

    public string? Caption { get; set; }

    public int? FolderId { get; set; }
}
