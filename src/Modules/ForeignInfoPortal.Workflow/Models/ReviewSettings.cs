namespace ForeignInfoPortal.Workflow.Models;

/// <summary>
/// Which content types skip review. The exceptions are stored rather than the reviewed types, so a type that a module
/// adds later is reviewed until an administrator says otherwise.
/// </summary>
internal sealed class ReviewSettings
{
    public const string Key = "Workflow.Review";

    /// <summary>Names of the content types whose editors publish without review.</summary>
    public List<string> TypesWithoutReview { get; set; } = [];
}
