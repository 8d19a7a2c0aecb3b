namespace ForeignInfoPortal.Workflow.Models;

/// <summary>Where an item stands in review (one row per item that has ever been submitted).</summary>
public enum ReviewState
{
    /// <summary>Sent to the reviewers; waiting in the queue.</summary>
    Submitted = 1,

    /// <summary>Sent back to the submitter with a comment.</summary>
    Returned = 2,

    /// <summary>Approved and published.</summary>
    Approved = 3,

    /// <summary>Taken back by the submitter (edited after submitting) before anyone reviewed it.</summary>
    Withdrawn = 4,
}

/// <summary>An item's current review: who submitted which revision, who reviewed it and what they said.</summary>
public sealed class ContentReview
{
    public int ContentItemId { get; set; }

    public ReviewState State { get; set; }

    /// <summary>The content type, copied so the queue counts by type without a join.</summary>
    public string ContentType { get; set; } = "";

    public string? SubmittedById { get; set; }

    public DateTime SubmittedUtc { get; set; }

    /// <summary>The version number that was submitted.</summary>
    public int SubmittedVersion { get; set; }

    public string? ReviewerId { get; set; }

    public DateTime? ReviewedUtc { get; set; }

    /// <summary>The reviewer's comment on a return (shown to the submitter), or the submitter's note.</summary>
    public string? Comment { get; set; }
}
