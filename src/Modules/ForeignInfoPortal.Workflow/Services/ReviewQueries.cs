using System.Security.Claims;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Workflow.Models;
using ForeignInfoPortal.Workflow.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// The reads of the queue page, the dashboard and the header: what waits for whom. An approver meets only the waiting
/// items they can see (<see cref="ContentAccess.ScopeAsync"/>, the admin list's rule): a ward's reviewer neither lists
/// nor counts another ward's submissions.
/// </summary>
public sealed class ReviewQueries(PortalDbContext db, IContentTypeRegistry types, ContentAccess access)
{
    private IReadOnlyList<ContentTypeDefinition>? _approvable;

    /// <summary>The types whose Publish permission the user holds, in the registry's order.</summary>
    public async Task<IReadOnlyList<ContentTypeDefinition>> ApprovableTypesAsync(ClaimsPrincipal user)
    {
        if (_approvable is null)
        {
            var approvable = new List<ContentTypeDefinition>();
            foreach (var type in types.All)
            {
                if (await access.HasAsync(user, type.Permissions.Publish))
                {
                    approvable.Add(type);
                }
            }

            _approvable = approvable;
        }

        return _approvable;
    }

    /// <summary>Waiting items per type that the user can see (one grouped count on the (State, ContentType) index); types without any are left out.</summary>
    public async Task<Dictionary<string, int>> WaitingCountsAsync(ClaimsPrincipal user, IReadOnlyList<ContentTypeDefinition> of, CancellationToken cancellationToken)
    {
        var names = of.Select(t => t.Name).ToList();
        var visible = await access.VisibleItemIdsAsync(user, of);
        return await db.Set<ContentReview>().AsNoTracking()
            .Where(r => r.State == ReviewState.Submitted && names.Contains(r.ContentType) && visible.Contains(r.ContentItemId))
            .GroupBy(r => r.ContentType)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Waiting items of the given types that the user can see, oldest first.</summary>
    public async Task<(List<ReviewQueueRow> Rows, int Total)> WaitingAsync(ClaimsPrincipal user, IReadOnlyList<ContentTypeDefinition> of, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var names = of.Select(t => t.Name).ToList();
        var visible = await access.VisibleItemIdsAsync(user, of);
        var query = from review in db.Set<ContentReview>().AsNoTracking()
                    where review.State == ReviewState.Submitted && names.Contains(review.ContentType) && visible.Contains(review.ContentItemId)
                    join version in db.ContentVersions.AsNoTracking().Where(v => v.IsLatest) on review.ContentItemId equals version.ContentItemId
                    select new { review, version };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(x => x.review.SubmittedUtc).ThenBy(x => x.review.ContentItemId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new ReviewQueueRow
            {
                Id = x.review.ContentItemId,
                Type = x.review.ContentType,
                Title = x.version.Title,
                Unit = db.Units.Where(u => u.Id == x.version.UnitId).Select(u => u.Name).FirstOrDefault(),
                Submitter = db.Users.Where(u => u.Id == x.review.SubmittedById).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
                SubmittedUtc = x.review.SubmittedUtc,
                Note = x.review.Comment,
                State = x.review.State,
            })
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>The user's own latest submissions, whatever became of them.</summary>
    public Task<List<ReviewQueueRow>> SubmittedByAsync(string userId, int count, CancellationToken cancellationToken) =>
        (from review in db.Set<ContentReview>().AsNoTracking()
         where review.SubmittedById == userId
         join version in db.ContentVersions.AsNoTracking().Where(v => v.IsLatest) on review.ContentItemId equals version.ContentItemId
         orderby review.SubmittedUtc descending
         select new ReviewQueueRow
         {
             Id = review.ContentItemId,
             Type = review.ContentType,
             Title = version.Title,
             SubmittedUtc = review.SubmittedUtc,
             Note = review.Comment,
             State = review.State,
         })
        .Take(count)
        .ToListAsync(cancellationToken);

    /// <summary>The user's unread notifications (one COUNT on the (UserId, ReadUtc, CreatedUtc) index).</summary>
    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadUtc == null, cancellationToken);
}
