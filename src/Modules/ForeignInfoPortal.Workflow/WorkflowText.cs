using ForeignInfoPortal.Workflow.Models;

namespace ForeignInfoPortal.Workflow;

/// <summary>How review states read in the admin.</summary>
internal static class WorkflowText
{
    public static string State(ReviewState? state) => state switch
    {
        ReviewState.Submitted => "Đang chờ duyệt",
        ReviewState.Returned => "Bị trả lại",
        ReviewState.Approved => "Đã duyệt",
        ReviewState.Withdrawn => "Đã rút lại để sửa",
        _ => "Chưa gửi duyệt",
    };

    /// <summary>The admin badge class that matches the state's meaning.</summary>
    public static string StateClass(ReviewState? state) => state switch
    {
        ReviewState.Submitted => "note",
        ReviewState.Returned => "deleted",
        ReviewState.Approved => "published",
        _ => "draft",
    };
}
