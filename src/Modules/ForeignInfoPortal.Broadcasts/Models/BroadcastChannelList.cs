using System.Text.RegularExpressions;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>
/// The channel list as the settings form writes it, one "CODE | Name" a line, and the rules every list keeps
/// (the form's and the recipe step's): a code of letters, digits, '-' or '_', unique ignoring case, and a name.
/// </summary>
internal static partial class BroadcastChannelList
{
    public const int MaxChannels = 50;
    public const int NameMaxLength = 200;

    /// <summary>The lines of a list, for the textarea.</summary>
    public static string Format(IEnumerable<BroadcastChannel> channels) =>
        string.Join('\n', channels.Select(c => $"{c.Code} | {c.Name}"));

    /// <summary>Parses the textarea; the errors name the line ("Dòng 3: …"). Blank lines are ignored.</summary>
    public static (List<BroadcastChannel> Channels, List<string> Errors) Parse(string? text)
    {
        var channels = new List<BroadcastChannel>();
        var errors = new List<string>();
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                errors.Add($"Dòng {i + 1}: thiếu dấu \"|\" giữa mã và tên kênh (ví dụ: ptth-tinh | Đài Phát thanh - Truyền hình tỉnh).");
                continue;
            }

            channels.Add(new BroadcastChannel(line[..bar].Trim(), line[(bar + 1)..].Trim()));
            errors.AddRange(Check(channels[^1]).Select(e => $"Dòng {i + 1}: {e}"));
        }

        errors.AddRange(CheckList(channels));
        return (channels, errors);
    }

    /// <summary>Every problem of a list (used as is by the recipe step).</summary>
    public static List<string> Validate(IReadOnlyList<BroadcastChannel> channels) =>
        channels.SelectMany((c, i) => Check(c).Select(e => $"Kênh {i + 1}: {e}")).Concat(CheckList(channels)).ToList();

    private static IEnumerable<string> Check(BroadcastChannel channel)
    {
        if (!Code().IsMatch(channel.Code ?? ""))
        {
            yield return $"mã \"{channel.Code}\" không hợp lệ: dùng chữ cái không dấu, chữ số, \"-\" hoặc \"_\", tối đa {BroadcastFields.ChannelMaxLength} ký tự.";
        }

        if (string.IsNullOrWhiteSpace(channel.Name))
        {
            yield return "thiếu tên kênh.";
        }
        else if (channel.Name.Length > NameMaxLength)
        {
            yield return $"tên kênh tối đa {NameMaxLength} ký tự.";
        }
    }

    private static IEnumerable<string> CheckList(IReadOnlyList<BroadcastChannel> channels)
    {
        if (channels.Count > MaxChannels)
        {
            yield return $"Tối đa {MaxChannels} kênh.";
        }

        foreach (var duplicate in channels.GroupBy(c => c.Code ?? "", StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"Mã kênh \"{duplicate.Key}\" bị trùng.";
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
