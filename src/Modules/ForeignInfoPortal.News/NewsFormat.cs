using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.News;

/// <summary>How news pages write dates and numbers: Vietnam time, dd/MM/yyyy, "." between thousands.</summary>
internal static class NewsFormat
{
    public static string Date(DateTime? utc) => utc is { } u ? VietnamTime.FormatDate(u) : "";

    /// <summary>"30/06/2024 23:30" in Vietnam time.</summary>
    public static string DateTime(DateTime? utc) => VietnamTime.FormatDateAndTime(utc);

    /// <summary>The machine-readable value of a &lt;time&gt; element, with the +07:00 offset.</summary>
    public static string Iso(DateTime? utc) => VietnamTime.FormatIso(utc);

    public static string Number(int value) => value.ToString("N0", VietnamTime.Culture);
}
