namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// Whether a content type goes through review before it is published. For a reviewed type only holders of the
/// type's <see cref="ContentPermissions.Publish"/> permission (its approvers) publish; everyone else submits. For a
/// type without review, whoever may edit an item may also publish it. The Workflow module keeps the setting.
/// </summary>
public interface IReviewPolicy
{
    Task<bool> RequiresReviewAsync(string contentType, CancellationToken cancellationToken = default);
}

/// <summary>The default without the Workflow module: every type is reviewed, so publishing needs the Publish permission.</summary>
internal sealed class EveryTypeReviewed : IReviewPolicy
{
    public Task<bool> RequiresReviewAsync(string contentType, CancellationToken cancellationToken = default) => Task.FromResult(true);
}
