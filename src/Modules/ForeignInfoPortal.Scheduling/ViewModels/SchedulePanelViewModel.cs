using ForeignInfoPortal.Scheduling.Models;

namespace ForeignInfoPortal.Scheduling.ViewModels;

public sealed record SchedulePanelViewModel(
    int ContentItemId,
    bool IsDeleted,
    bool CanSchedulePublish,
    bool CanScheduleUnpublish,
    string EarliestLocalInput,
    IReadOnlyList<SchedulePanelRow> Pending,
    IReadOnlyList<SchedulePanelRow> Recent);

/// <summary>One schedule as the panel lists it; <see cref="CanCancel"/> when the user holds the right for its kind.</summary>
public sealed record SchedulePanelRow(int Id, ScheduledActionKind Kind, DateTime DueUtc, string? CreatedBy, DateTime? CompletedUtc, string? Outcome, bool CanCancel);
