namespace ForeignInfoPortal.Documents.Models;

/// <summary>
/// The document types of Nghị định 30/2020/NĐ-CP, Appendix III (the code written in the symbol, the name), plus
/// the công văn, which has no code in its symbol. The code is the content subtype that lists and reports group by.
/// </summary>
public static class DocumentTypes
{
    /// <summary>The subtype of a công văn: "123/UBND-VP" carries no type code.</summary>
    public const string OfficialLetter = "CV";

    /// <summary>Every type in display order, code → Vietnamese name.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("NQ", "Nghị quyết"),
        new("QĐ", "Quyết định"),
        new("CT", "Chỉ thị"),
        new("QC", "Quy chế"),
        new("QYĐ", "Quy định"),
        new("TC", "Thông cáo"),
        new("TB", "Thông báo"),
        new("HD", "Hướng dẫn"),
        new("CTr", "Chương trình"),
        new("KH", "Kế hoạch"),
        new("PA", "Phương án"),
        new("ĐA", "Đề án"),
        new("DA", "Dự án"),
        new("BC", "Báo cáo"),
        new("BB", "Biên bản"),
        new("TTr", "Tờ trình"),
        new("HĐ", "Hợp đồng"),
        new("CĐ", "Công điện"),
        new("BGN", "Bản ghi nhớ"),
        new("BTT", "Bản thỏa thuận"),
        new("GUQ", "Giấy ủy quyền"),
        new("GM", "Giấy mời"),
        new("GGT", "Giấy giới thiệu"),
        new("GNP", "Giấy nghỉ phép"),
        new("PG", "Phiếu gửi"),
        new("PC", "Phiếu chuyển"),
        new("PB", "Phiếu báo"),
        new(OfficialLetter, "Công văn"),
    ];

    // Codes of legal normative documents that a city's documents cite (72/2015/NĐ-CP, 22/2016/TT-BTTTT): the
    // parser reads them in relations, but a document published here must be one of the types above.
    private static readonly string[] CitedCodes = ["NĐ", "TT", "TTLT", "NQLT"];

    private static readonly Dictionary<string, string> Names = All.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    /// <summary>The Vietnamese name of a type code, or null when unknown.</summary>
    public static string? NameOf(string? code) => code is not null && Names.TryGetValue(code, out var name) ? name : null;

    /// <summary>Whether <paramref name="code"/> is one of <see cref="All"/> (exact spelling).</summary>
    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);

    /// <summary>
    /// The canonical spelling of a type code written in a symbol ("kh" → "KH", "Ctr" → "CTr"), or null when the
    /// segment is not a type code. "CV" is not written in symbols, so it is never returned here.
    /// </summary>
    internal static string? CanonicalCode(string segment, bool includeCited)
    {
        foreach (var (code, _) in All)
        {
            if (code != OfficialLetter && string.Equals(code, segment, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return includeCited ? CitedCodes.FirstOrDefault(c => string.Equals(c, segment, StringComparison.OrdinalIgnoreCase)) : null;
    }
}
