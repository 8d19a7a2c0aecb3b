using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.ViewModels;

/// <summary>What the figures partial shows: a report, its tables, and a prefix that keeps ids unique when two reports share a page.</summary>
public sealed record ReportFiguresModel(PublicationReport Report, IReadOnlyList<ReportTable> Tables, string IdPrefix = "");
