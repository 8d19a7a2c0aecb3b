using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.ViewModels;

/// <summary>An issued report beside the live figures of the same range and options.</summary>
public sealed class IssuedReportViewModel
{
    public required IssuedReport Issued { get; init; }

    public required PublicationReport Frozen { get; init; }

    public IReadOnlyList<ReportTable> FrozenTables { get; init; } = [];

    /// <summary>Null when the report service is not available.</summary>
    public PublicationReport? Live { get; init; }

    public IReadOnlyList<ReportTable> LiveTables { get; init; } = [];

    /// <summary>What changed since the report was issued; empty when nothing did.</summary>
    public IReadOnlyList<string> Differences { get; init; } = [];

    /// <summary>Published per type and subtype: as issued and now (null now when the live figures are not available).</summary>
    public IReadOnlyList<(string Name, int Frozen, int? Live)> Comparison { get; init; } = [];

    public IReadOnlyList<string> Formats { get; init; } = [];

    public string Summary { get; init; } = "";
}
