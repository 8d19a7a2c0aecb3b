namespace ForeignInfoPortal.Statistics.Models;

/// <summary>
/// A report as it was issued: its range and options and its figures frozen as JSON, with who issued it and
/// when. Pulling the same range later shows the live figures beside these.
/// </summary>
public sealed class IssuedReport
{
    public int Id { get; set; }

    /// <summary>The document number when it has one ("125/BC-UBND").</summary>
    public string? Number { get; set; }

    public string Title { get; set; } = "";

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public bool Compare { get; set; }

    /// <summary>The split, comma-separated ("unit,month"); empty for type × subtype only.</summary>
    public string GroupBy { get; set; } = "";

    /// <summary>The <see cref="Reports.PublicationReport"/> as issued, serialised.</summary>
    public string FiguresJson { get; set; } = "{}";

    public DateTime IssuedUtc { get; set; }

    public string? IssuedBy { get; set; }
}
