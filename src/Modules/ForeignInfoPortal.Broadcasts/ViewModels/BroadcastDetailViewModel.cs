using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Broadcasts.ViewModels;

/// <summary>The model of /phat-thanh-truyen-hinh/{slug}.</summary>
internal sealed record BroadcastDetailViewModel(
    ContentVersion Version, BroadcastFields Fields, string? ChannelName, string? UnitName)
{
    public bool IsVideo => Fields.Media?.ContentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) == true;
}
