using ForeignInfoPortal.Broadcasts.Models;

namespace ForeignInfoPortal.Broadcasts.ViewModels;

/// <summary>The model of /phat-thanh-truyen-hinh: one page, the filters in force and the months that have broadcasts.</summary>
internal sealed record BroadcastListViewModel(BroadcastPage Page, string? Kind, BroadcastMonth? Month, IReadOnlyList<BroadcastMonth> Months)
{
    public string Heading => Kind is null ? "Phát thanh - Truyền hình" : BroadcastKinds.NameOf(Kind);

    public string? MonthValue => Month?.ToString();

    public string UrlOf(int page) => BroadcastUrls.ListOf(Kind, MonthValue, page);
}
