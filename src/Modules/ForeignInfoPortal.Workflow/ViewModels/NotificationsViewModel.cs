using ForeignInfoPortal.Workflow.Models;

namespace ForeignInfoPortal.Workflow.ViewModels;

/// <summary>One page of the user's notifications.</summary>
public sealed class NotificationsViewModel
{
    public required IReadOnlyList<Notification> Items { get; init; }

    public int Unread { get; init; }

    public int Page { get; init; }

    public int PageCount { get; init; }
}
