using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.ViewModels;

/// <summary>The report page: the form, and the figures when the period could be read.</summary>
public sealed class ReportPageViewModel
{
    public required ReportForm Form { get; init; }

    /// <summary>Today in Vietnam, for the form's defaults.</summary>
    public DateOnly Today { get; init; }

    public string? Error { get; init; }

    public PublicationReport? Report { get; init; }

    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>The export formats available, in the order of the links.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    public bool CanIssue { get; init; }
}
