using System.ComponentModel.DataAnnotations;
using System.Text;
using ForeignInfoPortal.Documents.Models;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>
/// The settings lists as the admin form writes them (one entry a line, "code | Name", "code | Name | English name" or
/// "Name | Position") and the rules every list keeps, whoever fills it (form or recipe): codes well formed and
/// unique, names present.
/// </summary>
internal static class DocumentsSettingsRules
{
    public const char Separator = '|';

    /// <summary>Reads "code | name" or "code | name | English name" lines; errors name the line (1-based).</summary>
    public static List<DocumentListEntry> ParseEntries(string? text, List<string> errors)
    {
        var entries = new List<DocumentListEntry>();
        foreach (var (line, number) in Lines(text))
        {
            var parts = line.Split(Separator, 3, StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors.Add($"Dòng {number}: cần có dạng \"mã | tên\" hoặc \"mã | tên | tên tiếng Anh\", ví dụ \"ubnd-tp | UBND thành phố | City People's Committee\".");
                continue;
            }

            entries.Add(new DocumentListEntry
            {
                Code = parts[0].ToLowerInvariant(),
                Name = parts[1],
                NameEnglish = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null,
            });
        }

        errors.AddRange(CheckEntries(entries));
        return entries;
    }

    /// <summary>Reads "name | position" lines.</summary>
    public static List<DocumentSigner> ParseSigners(string? text, List<string> errors)
    {
        var signers = new List<DocumentSigner>();
        foreach (var (line, number) in Lines(text))
        {
            var parts = line.Split(Separator, 2, StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors.Add($"Dòng {number}: cần có dạng \"họ và tên | chức vụ\", ví dụ \"Nguyễn Văn A | Phó Chủ tịch UBND thành phố\".");
                continue;
            }

            signers.Add(new DocumentSigner { Name = parts[0], Position = parts[1] });
        }

        return signers;
    }

    /// <summary>Codes well formed and unique within the list.</summary>
    public static IEnumerable<string> CheckEntries(IReadOnlyList<DocumentListEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(entries[i], new ValidationContext(entries[i]), results, validateAllProperties: true))
            {
                yield return $"Dòng {i + 1} (\"{entries[i].Code}\"): {results[0].ErrorMessage}";
            }
            else if (!seen.Add(entries[i].Code))
            {
                yield return $"Dòng {i + 1}: mã \"{entries[i].Code}\" bị trùng.";
            }
        }
    }

    /// <summary>A list as the form shows it again.</summary>
    public static string Format(IEnumerable<DocumentListEntry> entries) => string.Join('\n', entries.Select(e =>
        string.IsNullOrWhiteSpace(e.NameEnglish) ? $"{e.Code} {Separator} {e.Name}" : $"{e.Code} {Separator} {e.Name} {Separator} {e.NameEnglish}"));

    public static string Format(IEnumerable<DocumentSigner> signers) => string.Join('\n', signers.Select(s => $"{s.Name} {Separator} {s.Position}"));

    private static IEnumerable<(string Line, int Number)> Lines(string? text) =>
        (text ?? "").Normalize(NormalizationForm.FormC).Split('\n')
            .Select((line, index) => (Line: line.Trim(), Number: index + 1))
            .Where(l => l.Line.Length > 0);
}
