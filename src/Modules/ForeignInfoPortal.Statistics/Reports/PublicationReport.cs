namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>How a report is split besides content type × subtype.</summary>
public enum ReportDimension
{
    Unit = 0,
    Category = 1,
    Culture = 2,
    Month = 3,
}

/// <summary>What to report: an inclusive range of Vietnam days, the split, and whether to compare with a year earlier.</summary>
public sealed record ReportRequest(DateOnly From, DateOnly To, bool Compare = false, IReadOnlyList<ReportDimension>? GroupBy = null)
{
    public IReadOnlyList<ReportDimension> Dimensions => GroupBy ?? [];
}

/// <summary>
/// One row of figures: a content type and subtype, split by the requested dimensions (null when not split).
/// <see cref="Published"/> counts items published in the range and published now; <see cref="Withdrawn"/>
/// counts items first published in the range that were unpublished or deleted since.
/// </summary>
public sealed record PublicationFigure(
    string ContentType,
    string ContentTypeName,
    string Subtype,
    string? SubtypeName,
    int? UnitId,
    string? UnitName,
    string? Category,
    string? Culture,
    string? Month,
    int Published,
    int Withdrawn);

/// <summary>Staff-recorded activities of one kind in the range, summed.</summary>
public sealed record ActivityFigure(
    string Kind,
    string KindName,
    int Count,
    int? Participants,
    int? Days,
    int? Visitors,
    long? AmountDong);

/// <summary>A whole report: figures for the range, the same range a year earlier when asked, and activities.</summary>
public sealed record PublicationReport(
    ReportRequest Request,
    IReadOnlyList<PublicationFigure> Figures,
    IReadOnlyList<PublicationFigure>? PreviousYear,
    IReadOnlyList<ActivityFigure> Activities,
    DateTime GeneratedUtc);

/// <summary>Builds reports from the daily counters, the ledger and the recorded activities.</summary>
public interface IPublicationReportService
{
    Task<PublicationReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Writes a report in one format (json, csv, xlsx, docx).</summary>
public interface IReportExporter
{
    /// <summary>"json", "csv", "xlsx" or "docx".</summary>
    string Format { get; }

    string ContentType { get; }

    string FileExtension { get; }

    Task WriteAsync(PublicationReport report, Stream output, CancellationToken cancellationToken = default);
}
