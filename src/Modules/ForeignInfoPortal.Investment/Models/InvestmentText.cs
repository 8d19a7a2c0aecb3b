using System.Text;

namespace ForeignInfoPortal.Investment.Models;

/// <summary>How investment fields clean what editors type.</summary>
internal static class InvestmentText
{
    /// <summary>NFC, trimmed, runs of spaces made one (line breaks kept when asked); null when empty.</summary>
    public static string? Clean(string? value, bool keepLines = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var lines = value.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join(keepLines ? "\n" : " ", lines);
    }

    /// <summary>A list code as stored: trimmed, lower case; null when empty.</summary>
    public static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
