using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>What an administrator may change (settings key "Discovery", set by the recipe's settings step).</summary>
internal sealed class DiscoverySettings
{
    public const string Key = "Discovery";

    public const int DefaultFeedItemCount = 20;

    public const int MaxFeedItemCount = 100;

    /// <summary>How many items a feed carries, newest first.</summary>
    [Range(1, MaxFeedItemCount, ErrorMessage = "Số mục trong mỗi nguồn tin phải từ 1 đến 100.")]
    public int FeedItemCount { get; set; } = DefaultFeedItemCount;

    /// <summary>Extra lines written into robots.txt before the Sitemap line (one rule per line).</summary>
    [StringLength(4000, ErrorMessage = "Các dòng thêm vào robots.txt tối đa 4.000 ký tự.")]
    public string? RobotsExtraLines { get; set; }

    /// <summary>The count to use: a stored value outside the allowed range falls back to the default.</summary>
    public int EffectiveFeedItemCount => FeedItemCount is >= 1 and <= MaxFeedItemCount ? FeedItemCount : DefaultFeedItemCount;
}
