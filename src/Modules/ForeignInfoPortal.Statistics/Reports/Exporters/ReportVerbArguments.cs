using System.Globalization;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>The parsed arguments of the <c>report</c> verb, or the Vietnamese message that refuses them.</summary>
internal sealed record ReportVerbArguments(ReportRequest Request, string Format, string OutputPath)
{
    private static readonly Dictionary<string, ReportDimension> Dimensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["unit"] = ReportDimension.Unit,
        ["category"] = ReportDimension.Category,
        ["culture"] = ReportDimension.Culture,
        ["month"] = ReportDimension.Month,
    };

    /// <summary>Parses the words after "report"; returns null and a message when they are not right.</summary>
    public static ReportVerbArguments? Parse(IReadOnlyList<string> arguments, IReadOnlyCollection<string> formats, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var compare = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i];
            if (name == "--compare")
            {
                compare = true;
                continue;
            }

            if (name is not ("--from" or "--to" or "--group-by" or "--format" or "--out"))
            {
                error = $"Tham số không hợp lệ: \"{name}\".";
                return null;
            }

            if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Thiếu giá trị cho {name}.";
                return null;
            }

            values[name] = arguments[++i];
        }

        error = Check(values, formats, out var from, out var to, out var groupBy);
        return error is null
            ? new ReportVerbArguments(new ReportRequest(from, to, compare, groupBy), values["--format"].ToLowerInvariant(), values["--out"])
            : null;
    }

    private static string? Check(
        Dictionary<string, string> values,
        IReadOnlyCollection<string> formats,
        out DateOnly from,
        out DateOnly to,
        out List<ReportDimension> groupBy)
    {
        to = default;
        groupBy = [];
        if (!TryDate(values, "--from", out from, out var error) || !TryDate(values, "--to", out to, out error))
        {
            return error;
        }

        if (to < from)
        {
            return $"Ngày kết thúc ({ReportText.Date(to)}) phải không trước ngày bắt đầu ({ReportText.Date(from)}).";
        }

        if (!values.TryGetValue("--format", out var format) || !formats.Contains(format, StringComparer.OrdinalIgnoreCase))
        {
            return $"Vui lòng chọn --format là một trong: {string.Join(", ", formats)}.";
        }

        if (!values.TryGetValue("--out", out var output) || string.IsNullOrWhiteSpace(output))
        {
            return "Vui lòng chỉ ra tệp kết quả với --out FILE.";
        }

        foreach (var word in (values.GetValueOrDefault("--group-by") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Dimensions.TryGetValue(word, out var dimension))
            {
                return $"Không thể chia theo \"{word}\": dùng unit, category, culture hoặc month, cách nhau bằng dấu phẩy.";
            }

            if (!groupBy.Contains(dimension))
            {
                groupBy.Add(dimension);
            }
        }

        return null;
    }

    private static bool TryDate(Dictionary<string, string> values, string name, out DateOnly date, out string? error)
    {
        error = null;
        if (values.TryGetValue(name, out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        date = default;
        error = text is null
            ? $"Thiếu {name} yyyy-MM-dd."
            : $"Ngày \"{text}\" của {name} không hợp lệ: dùng dạng yyyy-MM-dd, ví dụ 2024-06-20.";
        return false;
    }
}
