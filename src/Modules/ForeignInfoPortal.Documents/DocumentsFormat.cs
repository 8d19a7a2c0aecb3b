using System.Globalization;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Documents;

/// <summary>
/// How document pages write days, numbers and file sizes in the request's culture: dd/MM/yyyy, "." between thousands,
/// "1,2 MB" on the Vietnamese site (the admin's too); "22 Nov 2026", "1,234", "1.2 MB" on the English site.
/// </summary>
internal static class DocumentsFormat
{
    // A day goes through VietnamTime as its Vietnam midnight, so both sites write days the way they write dates.
    public static string Date(DateOnly? date) => date is { } day ? VietnamTime.FormatDate(VietnamTime.ToUtc(day.ToDateTime(TimeOnly.MinValue))) : "";

    /// <summary>The machine-readable value of a &lt;time&gt; element.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(int value) => value.ToString("N0", PortalCultures.CurrentCultureInfo);

    /// <summary>A file size in the culture's notation: "850 B", "12,5 KB", "1,2 MB", "1.024 MB" (binary units, one decimal).</summary>
    public static string FileSize(long bytes)
    {
        const double Kilo = 1024;
        if (bytes < Kilo)
        {
            return $"{bytes.ToString("N0", PortalCultures.CurrentCultureInfo)} B";
        }

        var kilobytes = bytes / Kilo;
        return kilobytes < Kilo
            ? $"{kilobytes.ToString("#,##0.#", PortalCultures.CurrentCultureInfo)} KB"
            : $"{(kilobytes / Kilo).ToString("#,##0.#", PortalCultures.CurrentCultureInfo)} MB";
    }

    /// <summary>The short kind of a file for readers ("PDF", "DOCX"), from its name.</summary>
    public static string FileKind(string name)
    {
        var extension = Path.GetExtension(name).TrimStart('.');
        return extension.Length == 0 ? "Tệp" : extension.ToUpperInvariant();
    }
}
