namespace ForeignInfoPortal.News.ViewModels;

/// <summary>What the pager needs: page 1 is the bare URL, the others add "?trang=N".</summary>
internal sealed record PagerViewModel(int Page, int PageCount, string BaseUrl)
{
    public string UrlOf(int page) => page <= 1 ? BaseUrl : $"{BaseUrl}?{NewsUrls.PageParameter}={page}";

    /// <summary>The page numbers to show: the first, the last and two either side of the current one.</summary>
    public IEnumerable<int?> Window()
    {
        int? previous = null;
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Page) <= 2)
            {
                if (previous is { } last && p - last > 1)
                {
                    yield return null;
                }

                yield return p;
                previous = p;
            }
        }
    }
}
