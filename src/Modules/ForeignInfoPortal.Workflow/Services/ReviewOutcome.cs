namespace ForeignInfoPortal.Workflow.Services;

/// <summary>How a review action ended; the admin turns it into a message, the API into a status.</summary>
public enum ReviewResult
{
    Done,
    NotFound,
    Forbidden,

    /// <summary>The item changed since the user saw it (stale revision); nothing was written.</summary>
    Conflict,

    /// <summary>The action does not apply to the item as it stands (not waiting, in the bin, type not reviewed…).</summary>
    Refused,

    /// <summary>The user's input is invalid (<see cref="ReviewOutcome.Field"/> says which).</summary>
    Invalid,
}

/// <summary>The result of a review action with its Vietnamese message.</summary>
public sealed record ReviewOutcome(ReviewResult Result, string Message, string? Field = null)
{
    public static ReviewOutcome NotFound { get; } = new(ReviewResult.NotFound, "Không tìm thấy nội dung.");

    public static ReviewOutcome Forbidden { get; } = new(ReviewResult.Forbidden, "Bạn không có quyền thực hiện thao tác này.");
}
