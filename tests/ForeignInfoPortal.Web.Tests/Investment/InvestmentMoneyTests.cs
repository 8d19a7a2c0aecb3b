using ForeignInfoPortal.Investment;

namespace ForeignInfoPortal.Web.Tests.Investment;

public sealed class InvestmentMoneyTests
{
    [Theory]
    [InlineData("1250000000000", "1.250 tỷ đồng")]
    [InlineData("12500000000", "12,5 tỷ đồng")]
    [InlineData("1000000000", "1 tỷ đồng")]
    [InlineData("1234560000", "1,23 tỷ đồng")]
    [InlineData("850000000", "850 triệu đồng")]
    [InlineData("1500000", "1,5 triệu đồng")]
    [InlineData("54000", "54.000 đồng")]
    [InlineData("0", "0 đồng")]
    [InlineData("999999999", "1 tỷ đồng")]
    [InlineData("12345000000", "12,35 tỷ đồng")]
    [InlineData("999999", "1 triệu đồng")]
    public void Format_WritesVietnameseMoney(string dong, string expected) =>
        Assert.Equal(expected, InvestmentMoney.Format(decimal.Parse(dong, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Exact_GroupsThousandsWithDots() =>
        Assert.Equal("54.000.000 đồng", InvestmentMoney.Exact(54_000_000m));

    [Theory]
    [InlineData("1.250 tỷ", "1250000000000")]
    [InlineData("1.250 tỷ đồng", "1250000000000")]
    [InlineData("12,5 tỷ", "12500000000")]
    [InlineData("850 triệu", "850000000")]
    [InlineData("54.000.000 đồng", "54000000")]
    [InlineData("54.000.000", "54000000")]
    [InlineData("54000000", "54000000")]
    [InlineData(" 3 TỶ ", "3000000000")]
    [InlineData("12,5 ty\u0309", "12500000000")]
    [InlineData("850 triê\u0323u đô\u0300ng", "850000000")]
    public void TryParse_ReadsWhatEditorsType(string text, string expected)
    {
        Assert.True(InvestmentMoney.TryParse(text, out var dong));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), dong);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mười tỷ")]
    [InlineData("-5")]
    [InlineData("1.5 tỷ")]
    [InlineData("1,2,3")]
    [InlineData("12.34.567")]
    [InlineData("2.000.000 tỷ")]
    public void TryParse_RefusesWhatIsNotAnAmount(string text) =>
        Assert.False(InvestmentMoney.TryParse(text, out _));

    [Fact]
    public void FormatOfParsed_RoundTrips()
    {
        Assert.True(InvestmentMoney.TryParse(InvestmentMoney.Exact(987_654_321m).Replace(" đồng", "", StringComparison.Ordinal), out var dong));
        Assert.Equal(987_654_321m, dong);
    }
}
