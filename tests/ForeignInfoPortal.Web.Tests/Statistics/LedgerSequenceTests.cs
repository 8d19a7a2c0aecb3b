using ForeignInfoPortal.Statistics.Reports;
using static ForeignInfoPortal.Web.Tests.Statistics.LedgerSite;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>
/// Sequences of real changes through IContentManager; after each, the report's figures and <c>counters verify</c>.
/// Each test works in a year of its own on the shared site, so their figures do not mix.
/// </summary>
public sealed class LedgerSequenceTests(LedgerSite site) : IClassFixture<LedgerSite>
{
    [Fact]
    public async Task PublishUnpublishDeleteRestoreRepublish_MoveTheItemInAndOut()
    {
        var year = Periods.Year(2011);
        var item = await site.CreateAsync(Probe("Tin 2011", Vn(2011, 3, 10)));
        await Expect(year, 0, 0);

        await site.PublishAsync(item.Id);
        await Expect(year, 1, 0);

        await site.UnpublishAsync(item.Id);
        await Expect(year, 0, 1);

        await site.PublishAsync(item.Id);
        await Expect(year, 1, 0);

        await site.DeleteAsync(item.Id);
        await Expect(year, 0, 1);

        await site.RestoreAsync(item.Id);
        await Expect(year, 1, 0);

        // Deleting an unpublished item, then restoring it, counts nowhere at any step.
        await site.UnpublishAsync(item.Id);
        await site.DeleteAsync(item.Id);
        await site.RestoreAsync(item.Id);
        await Expect(year, 0, 1);
        Assert.Equal(6, await site.LedgerRowsAsync(item.Id)); // the delete and restore of an unpublished item write nothing
    }

    [Fact]
    public async Task RepublishAfterUnpublish_KeepsTheOriginalDate()
    {
        var item = await site.CreateAsync(Probe("Tin 2012", Vn(2012, 5, 1)));
        await site.PublishAsync(item.Id);
        await site.UnpublishAsync(item.Id);
        await site.SaveDraftAsync(item.Id, new() { Title = "Tin 2012 sửa", Fields = new LedgerProbeFields { Kind = "radio" } });
        await site.PublishAsync(item.Id);
        await Expect(Periods.Month(2012, 5), 1, 0);
    }

    [Fact]
    public async Task NewDraftWithNothingCountedChanged_AppendsNoLedgerRow()
    {
        var item = await site.CreateAsync(Probe("Tin 2013", Vn(2013, 2, 2)));
        await site.PublishAsync(item.Id);
        await site.SaveDraftAsync(item.Id, Probe("Tin 2013 — sửa lỗi chính tả", Vn(2013, 2, 2)));
        await site.PublishAsync(item.Id);
        await site.SaveDraftAsync(item.Id, new() { Title = "Tin 2013 — lần ba", Fields = new LedgerProbeFields { Kind = "radio" } });
        await site.PublishAsync(item.Id);
        Assert.Equal(1, await site.LedgerRowsAsync(item.Id));
        await Expect(Periods.Year(2013), 1, 0);
    }

    [Fact]
    public async Task BackDate_MovesTheItemToTheEarlierDay()
    {
        var item = await site.CreateAsync(Probe("Tin 2014", Vn(2014, 8, 20)));
        await site.PublishAsync(item.Id);
        await site.SaveDraftAsync(item.Id, Probe("Tin 2014", Vn(2014, 1, 5)));
        await site.PublishAsync(item.Id);
        await Expect(Periods.SecondHalf(2014), 0, 0);
        await Expect(Periods.FirstHalf(2014), 1, 0);
        Assert.Equal(2, await site.LedgerRowsAsync(item.Id));
    }

    [Fact]
    public async Task ChangeKindUnitOrCulture_MovesTheItem()
    {
        var ward = await site.UnitIdAsync("phuong-xuat-hoa");
        var year = Periods.Year(2015);
        var item = await site.CreateAsync(Probe("Chương trình 2015", Vn(2015, 4, 4), "radio"));
        await site.PublishAsync(item.Id);
        await site.SaveDraftAsync(item.Id, Probe("Chương trình 2015", Vn(2015, 4, 4), "tv"));
        await site.PublishAsync(item.Id);
        Assert.Equal((0, 0), await site.ProbesAsync(year.From, year.To, "radio"));
        Assert.Equal((1, 0), await site.ProbesAsync(year.From, year.To, "tv"));

        await site.SaveDraftAsync(item.Id, Probe("Chương trình 2015", Vn(2015, 4, 4), "tv", ward, "en"));
        await site.PublishAsync(item.Id);
        var report = await site.ReportAsync(year.From, year.To, false, ReportDimension.Unit, ReportDimension.Culture);
        var row = Assert.Single(report.Figures, f => f.ContentType == LedgerProbeFields.TypeName);
        Assert.Equal((ward, "UBND phường Xuất Hóa", "en", "Chuyên đề truyền hình", 1), (row.UnitId!.Value, row.UnitName!, row.Culture!, row.SubtypeName!, row.Published));
        Assert.Equal("Mẫu thử", row.ContentTypeName);
        Assert.Equal(3, await site.LedgerRowsAsync(item.Id));
        await site.AssertNoDriftAsync();
    }

    [Fact]
    public async Task HalfPastElevenOnTheLastOfJune_CountsInTheFirstHalf()
    {
        var item = await site.CreateAsync(Probe("Tin cuối tháng 6", Vn(2016, 6, 30, 23, 30)));
        await site.PublishAsync(item.Id);
        await Expect(Periods.FirstHalf(2016), 1, 0);
        await Expect(Periods.SecondHalf(2016), 0, 0);
    }

    [Fact]
    public async Task WithdrawnItem_CountsWhereItWasFirstPublished()
    {
        var item = await site.CreateAsync(Probe("Tin gỡ 2017", Vn(2017, 3, 3)));
        await site.PublishAsync(item.Id);
        await site.SaveDraftAsync(item.Id, Probe("Tin gỡ 2017", Vn(2017, 9, 9)));
        await site.PublishAsync(item.Id);
        await site.UnpublishAsync(item.Id);
        await Expect(Periods.FirstHalf(2017), 0, 1);
        await Expect(Periods.SecondHalf(2017), 0, 0);
    }

    [Fact]
    public async Task Compare_GivesTheSameRangeAYearEarlier()
    {
        foreach (var day in new[] { Vn(2019, 2, 28), Vn(2020, 2, 29), Vn(2020, 1, 1) })
        {
            var item = await site.CreateAsync(Probe("So sánh", day));
            await site.PublishAsync(item.Id);
        }

        var report = await site.ReportAsync(new DateOnly(2020, 1, 1), new DateOnly(2020, 2, 29), compare: true);
        Assert.Equal(2, report.Figures.Single(f => f.ContentType == LedgerProbeFields.TypeName).Published);
        Assert.Equal(1, report.PreviousYear!.Single(f => f.ContentType == LedgerProbeFields.TypeName).Published);
    }

    private async Task Expect(ReportPeriod period, int published, int withdrawn)
    {
        Assert.Equal((published, withdrawn), await site.ProbesAsync(period.From, period.To));
        await site.AssertNoDriftAsync();
    }
}
