using System.Globalization;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Documents;

/// <summary>How document pages write days, numbers and file sizes: dd/MM/yyyy, "." between thousands, "1,2 MB".</summary>
internal static class DocumentsFormat
{
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The machine-readable value of a &lt;time&gt; element.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(int value) => value.ToString("N0", VietnamTime.Culture);

    /// <summary>A file size in Vietnamese notation: "850 B", "12,5 KB", "1,2 MB", "1.024 MB" (binary units, one decimal).</summary>
    public static string FileSize(long bytes)
    {
        const double Kilo = 1024;
        if (bytes < Kilo)
        {
            return $"{bytes.ToString("N0", VietnamTime.Culture)} B";
        }

        var kilobytes = bytes / Kilo;
        return kilobytes < Kilo
            ? $"{kilobytes.ToString("#,##0.#", VietnamTime.Culture)} KB"
            : $"{(kilobytes / Kilo).ToString("#,##0.#", VietnamTime.Culture)} MB";
    }

    /// <summary>The short kind of a file for readers ("PDF", "DOCX"), from its name.</summary>
    public static string FileKind(string name)
    {
        var extension = Path.GetExtension(name).TrimStart('.');
        return extension.Length == 0 ? "Tệp" : extension.ToUpperInvariant();
    }
}
