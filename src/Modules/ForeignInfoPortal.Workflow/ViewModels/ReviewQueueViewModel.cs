using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Workflow.Models;

namespace ForeignInfoPortal.Workflow.ViewModels;

/// <summary>One item in the review queue or in the user's own submissions.</summary>
public sealed class ReviewQueueRow
{
    public int Id { get; init; }

    public string Type { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Unit { get; init; }

    public string? Submitter { get; init; }

    public DateTime SubmittedUtc { get; init; }

    /// <summary>The submitter's note while waiting; the reviewer's comment once returned.</summary>
    public string? Note { get; init; }

    public ReviewState State { get; init; }
}

/// <summary>The review queue page: what waits for the user's approval, and what the user sent.</summary>
public sealed class ReviewQueueViewModel
{
    public required IReadOnlyList<ContentTypeDefinition> Types { get; init; }

    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    /// <summary>The type filter (a type name), or null for every type the user approves.</summary>
    public string? Type { get; init; }

    public required IReadOnlyList<ReviewQueueRow> Waiting { get; init; }

    public int Total { get; init; }

    public int Page { get; init; }

    public int PageCount { get; init; }

    public required IReadOnlyList<ReviewQueueRow> Mine { get; init; }

    /// <summary>Display names of every registered type (the user's own items may be of types they do not approve).</summary>
    public required IReadOnlyDictionary<string, string> TypeNames { get; init; }

    public string TypeName(string type) => TypeNames.GetValueOrDefault(type) ?? type;
}
