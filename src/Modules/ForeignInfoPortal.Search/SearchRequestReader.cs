using System.Globalization;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Search;

/// <summary>
/// Reads the page's and the API's query string into a <see cref="SearchRequest"/>, one way for both. The words
/// themselves are never refused (anything may be typed); a filter or page that cannot be read is.
/// </summary>
public sealed class SearchRequestReader(IContentTypeRegistry types)
{
    public bool TryRead(string? q, string? type, string? year, string? subtype, string? issuer, string? culture, string? page, string? pageSize,
        out SearchRequest request, out string? error)
    {
        request = new SearchRequest(q, new SearchFilters());
        error = null;
        string? typeName = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            typeName = types.Find(type.Trim())?.Name;
            if (typeName is null)
            {
                error = $"Không có loại nội dung \"{type}\".";
                return false;
            }
        }

        int? yearValue = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2200)
            {
                error = "Năm phải là số có bốn chữ số, ví dụ 2024.";
                return false;
            }

            yearValue = y;
        }

        string? cultureValue = null;
        if (!string.IsNullOrWhiteSpace(culture))
        {
            cultureValue = culture.Trim().ToLowerInvariant();
            if (!PortalCultures.All.Contains(cultureValue))
            {
                error = "Ngôn ngữ phải là \"vi\" hoặc \"en\".";
                return false;
            }
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber is < 1 or > SearchRequest.MaxPage))
        {
            error = $"Trang phải là số nguyên từ 1 đến {SearchRequest.MaxPage}.";
            return false;
        }

        var size = SearchRequest.DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize)
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > SearchRequest.MaxPageSize))
        {
            error = $"Số kết quả mỗi trang phải từ 1 đến {SearchRequest.MaxPageSize}.";
            return false;
        }

        request = new SearchRequest(
            q,
            new SearchFilters(typeName, yearValue, Blank(subtype), Blank(issuer), cultureValue),
            pageNumber,
            size);
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
