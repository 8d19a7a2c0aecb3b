namespace ForeignInfoPortal.Workflow.ViewModels;

/// <summary>The dashboard's review counts.</summary>
public sealed class ReviewDashboardViewModel
{
    /// <summary>Waiting items per type the user approves.</summary>
    public required IReadOnlyList<(string Type, string DisplayName, int Waiting)> Rows { get; init; }

    /// <summary>Among the user's latest submissions: still waiting, and returned to them.</summary>
    public int MyWaiting { get; init; }

    public int MyReturned { get; init; }
}
