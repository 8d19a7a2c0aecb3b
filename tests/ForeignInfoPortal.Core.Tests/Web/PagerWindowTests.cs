using ForeignInfoPortal.Core.Web;

namespace ForeignInfoPortal.Core.Tests.Web;

/// <summary>Which page numbers the one pager shows: the first, the last, two either side of the current, gaps as null.</summary>
public sealed class PagerWindowTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 2, "1 2")]
    [InlineData(1, 6, "1 2 3 … 6")]
    [InlineData(4, 6, "1 2 3 4 5 6")]
    [InlineData(6, 6, "1 … 4 5 6")]
    [InlineData(10, 20, "1 … 8 9 10 11 12 … 20")]
    [InlineData(4, 20, "1 2 3 4 5 6 … 20")]
    [InlineData(5, 20, "1 … 3 4 5 6 7 … 20")]
    public void Window_ShowsTheEndsAndTheNeighbours(int page, int pageCount, string expected) =>
        Assert.Equal(expected, string.Join(' ', PagerTagHelper.Window(page, pageCount).Select(p => p?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
}
