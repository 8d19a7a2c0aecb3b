using System.Globalization;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Audit.ViewModels;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Audit.Services;

/// <summary>The admin page's filters as one query, shared by the list and the CSV export; newest first.</summary>
internal static class AuditQuery
{
    public const int PageSize = 50;

    /// <summary>The filtered entries and the messages of filters that could not be read (those are left out).</summary>
    public static (IQueryable<AuditEntry> Query, Dictionary<string, string> Errors) Apply(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        var errors = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            entries = entries.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            entries = entries.Where(e => e.UserId == filter.User);
        }

        if (!string.IsNullOrWhiteSpace(filter.Subject))
        {
            entries = entries.Where(e => e.SubjectType == filter.Subject);
        }

        var from = Day(filter.From, "from", errors);
        var to = Day(filter.To, "to", errors);
        if (from is not null && to is not null && to < from)
        {
            errors["to"] = "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.";
            to = null;
        }

        if (from is { } start)
        {
            var startUtc = VietnamTime.ToUtc(start.ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.OccurredUtc >= startUtc);
        }

        if (to is { } end)
        {
            var endUtc = VietnamTime.ToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.OccurredUtc < endUtc);
        }

        if (FoldedPattern.For(filter.Q) is { } pattern)
        {
            entries = entries.Where(e => (e.UserName != null && Regex.IsMatch(e.UserName, pattern))
                || (e.SubjectTitle != null && Regex.IsMatch(e.SubjectTitle, pattern))
                || (e.Details != null && Regex.IsMatch(e.Details, pattern)));
        }

        return (entries.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id), errors);
    }

    private static DateOnly? Day(string? text, string key, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[key] = "Ngày không hợp lệ: dùng dạng dd/MM/yyyy, ví dụ 31/12/2026.";
        return null;
    }
}
