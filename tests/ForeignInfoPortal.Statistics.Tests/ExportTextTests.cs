using ForeignInfoPortal.Statistics.Reports.Exporters;

namespace ForeignInfoPortal.Statistics.Tests;

public sealed class ExportTextTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(7, "7")]
    [InlineData(1850, "1.850")]
    [InlineData(54000000, "54.000.000")]
    [InlineData(-1250, "-1.250")]
    public void Number_UsesDotsForThousands(long value, string expected) => Assert.Equal(expected, ReportText.Number(value));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(6, "06")]
    [InlineData(9, "09")]
    [InlineData(10, "10")]
    [InlineData(1850, "1.850")]
    public void Count_SmallNumbersGetTwoDigits(long value, string expected) => Assert.Equal(expected, ReportText.Count(value));

    [Fact]
    public void Money_IsInDong() => Assert.Equal("54.000.000 đồng", ReportText.Money(54_000_000));

    [Fact]
    public void Date_IsDayMonthYear() => Assert.Equal("05/01/2025", ReportText.Date(new DateOnly(2025, 1, 5)));

    [Theory]
    [InlineData(2025, 1, 5, "TP. Bắc Kạn, ngày 05 tháng 01 năm 2025")]
    [InlineData(2024, 2, 29, "TP. Bắc Kạn, ngày 29 tháng 02 năm 2024")]
    [InlineData(2024, 6, 20, "TP. Bắc Kạn, ngày 20 tháng 6 năm 2024")]
    [InlineData(2024, 3, 1, "TP. Bắc Kạn, ngày 01 tháng 3 năm 2024")]
    [InlineData(2024, 12, 31, "TP. Bắc Kạn, ngày 31 tháng 12 năm 2024")]
    public void PlaceAndDate_LeadingZeroForSmallDaysAndFirstTwoMonths(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ReportText.PlaceAndDate("TP. Bắc Kạn", new DateOnly(year, month, day)));

    [Fact]
    public void PlaceAndDate_NoPlace_StartsWithCapital() =>
        Assert.Equal("Ngày 05 tháng 01 năm 2025", ReportText.PlaceAndDate(null, new DateOnly(2025, 1, 5)));

    [Theory]
    [InlineData(3.125, "+3,1%")]
    [InlineData(-1.6, "-1,6%")]
    [InlineData(0, "0%")]
    [InlineData(100, "+100%")]
    public void Percent_IsSignedWithDecimalComma(decimal value, string expected) => Assert.Equal(expected, ReportText.Percent(value));

    [Theory]
    [InlineData("Tin tức", "tin tức")]
    [InlineData("UBND xã", "UBND xã")]
    [InlineData("Đề án", "đề án")]
    [InlineData("Phát thanh - Truyền hình", "phát thanh - truyền hình")]
    public void InSentence_LowersTheFirstLetterOfOrdinaryNames(string name, string expected) => Assert.Equal(expected, ReportText.InSentence(name));

    [Fact]
    public void Capitals_KeepsVietnameseLetters() => Assert.Equal("ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", ReportText.Capitals("Ủy ban nhân dân thành phố Bắc Kạn"));
}
