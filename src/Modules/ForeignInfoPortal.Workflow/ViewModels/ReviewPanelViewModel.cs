using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Workflow.Models;

namespace ForeignInfoPortal.Workflow.ViewModels;

/// <summary>What the review panel of the editor shows a user, and which actions it offers them.</summary>
public sealed class ReviewPanelViewModel
{
    public required ContentItem Item { get; init; }

    public required ContentTypeDefinition Type { get; init; }

    public ContentReview? Review { get; init; }

    public string? SubmitterName { get; init; }

    public string? ReviewerName { get; init; }

    public bool CanSubmit { get; init; }

    public bool CanApprove { get; init; }

    /// <summary>The comment of a refused return, put back into the box.</summary>
    public string? KeptComment { get; init; }
}
