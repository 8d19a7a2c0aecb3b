using ForeignInfoPortal.Scheduling.Models;

namespace ForeignInfoPortal.Scheduling.ViewModels;

/// <summary>
/// The panel's content. <see cref="Revision"/> goes with a publish form (the revision it pins); <see cref="GivenUp"/>
/// is the latest schedule the runner gave up, while nothing of its kind is pending, so the editor sees it must be redone.
/// </summary>
public sealed record SchedulePanelViewModel(
    int ContentItemId,
    int Revision,
    bool IsDeleted,
    bool CanSchedulePublish,
    bool CanScheduleUnpublish,
    string EarliestLocalInput,
    IReadOnlyList<SchedulePanelRow> Pending,
    IReadOnlyList<SchedulePanelRow> Recent,
    SchedulePanelRow? GivenUp);

/// <summary>One schedule as the panel lists it; <see cref="CanCancel"/> when the user holds the right for its kind.</summary>
public sealed record SchedulePanelRow(int Id, ScheduledActionKind Kind, DateTime DueUtc, string? CreatedBy, DateTime? CompletedUtc, string? Outcome, bool CanCancel);
