namespace ForeignInfoPortal.Workflow.ViewModels;

/// <summary>The review settings form: each registered type and whether it is reviewed.</summary>
public sealed class WorkflowSettingsViewModel
{
    public required IReadOnlyList<TypeChoice> Types { get; init; }

    public sealed record TypeChoice(string Name, string DisplayName, bool Reviewed);
}
