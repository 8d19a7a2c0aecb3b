using System.Security.Claims;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// Who may do what with a content type's items. Every module that acts on content (the admin, the API, review,
/// scheduling) asks here, so the rules are one. An item belongs to the unit of its latest version; a user belongs to
/// the units of their <see cref="UserUnit"/> memberships.
/// <list type="bullet">
/// <item><c>{Type}.EditAny</c>: see, edit and create items of every unit (and of none).</item>
/// <item><c>{Type}.EditOwn</c>: create items for one of one's own units (an empty unit becomes one's default unit),
/// and see and edit the items one created while they belong to one of one's units (or to no unit). Moving an own
/// item to another of one's units is allowed; to a unit one does not belong to, refused.</item>
/// <item><c>{Type}.ViewDrafts</c>: see (list, open read-only, read through the API) every item of one's units,
/// whoever created it. It never allows a change.</item>
/// <item>Publish, Unpublish, Delete (and restore) act only on items the user can see; publishing a reviewed type
/// (<see cref="IReviewPolicy"/>) needs <c>Publish</c>, an unreviewed one only the right to edit the item.</item>
/// </list>
/// Items outside what a user can see are refused (403) like a missing permission; lists and queues filter with
/// <see cref="ScopeAsync"/>, so a contributor of one ward never meets another ward's drafts.
/// </summary>
public sealed class ContentAccess(IAuthorizationService authorization, IReviewPolicy review, PortalDbContext db)
{
    private (string UserId, IReadOnlyList<int> Units, int? Default)? _memberships;

    /// <summary>The signed-in user's id, as Identity writes it into the principal.</summary>
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) => authorization.AuthorizeAsync(user, permission);

    /// <summary>May open the type's admin list at all (to draft, or to read the drafts of one's units).</summary>
    public async Task<bool> CanListAsync(ClaimsPrincipal user, ContentTypeDefinition type) =>
        await CanCreateAsync(user, type) || await HasAsync(user, type.Permissions.ViewDrafts);

    /// <summary>May create items of the type (for which unit: <see cref="ResolveUnitAsync"/>).</summary>
    public async Task<bool> CanCreateAsync(ClaimsPrincipal user, ContentTypeDefinition type) =>
        await HasAsync(user, type.Permissions.EditOwn) || await HasAsync(user, type.Permissions.EditAny);

    /// <summary>May see the item in the admin and read its draft (through the editor, read-only, or the API).</summary>
    public async Task<bool> CanViewAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem item)
    {
        if (await HasAsync(user, type.Permissions.EditAny))
        {
            return true;
        }

        var unit = await UnitOfAsync(item);
        return await OwnsAsync(user, type, item, unit)
            || (unit is { } id && (await MembershipsAsync(user)).Units.Contains(id) && await HasAsync(user, type.Permissions.ViewDrafts));
    }

    /// <summary>May save a new draft of the item.</summary>
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem item) =>
        await HasAsync(user, type.Permissions.EditAny) || await OwnsAsync(user, type, item, await UnitOfAsync(item));

    /// <summary>
    /// Whether the user may make the item public: approvers (Publish) for the items they can see; for a type without
    /// review, whoever may edit the item (<paramref name="item"/> null for an item the user is creating).
    /// </summary>
    public async Task<bool> CanPublishAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem? item, CancellationToken cancellationToken = default)
    {
        if (await HasAsync(user, type.Permissions.Publish))
        {
            return item is null ? await CanCreateAsync(user, type) : await CanViewAsync(user, type, item);
        }

        return !await review.RequiresReviewAsync(type.Name, cancellationToken)
            && (item is null ? await CanCreateAsync(user, type) : await CanEditAsync(user, type, item));
    }

    public async Task<bool> CanUnpublishAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem item) =>
        await HasAsync(user, type.Permissions.Unpublish) && await CanViewAsync(user, type, item);

    /// <summary>Move to the bin and restore from it.</summary>
    public async Task<bool> CanDeleteAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem item) =>
        await HasAsync(user, type.Permissions.Delete) && await CanViewAsync(user, type, item);

    /// <summary>
    /// The unit a user's draft goes to: anything asked for with EditAny; otherwise one of the user's units, the
    /// default one when none is asked for. <c>Error</c> is a Vietnamese message for the unit field when refused.
    /// </summary>
    public async Task<(int? UnitId, string? Error)> ResolveUnitAsync(ClaimsPrincipal user, ContentTypeDefinition type, int? requested)
    {
        if (await HasAsync(user, type.Permissions.EditAny))
        {
            return (requested, null);
        }

        var (_, units, defaultUnit) = await MembershipsAsync(user);
        if (units.Count == 0)
        {
            return (null, "Tài khoản của bạn chưa thuộc đơn vị nào nên chưa soạn được nội dung: hãy nhờ quản trị hệ thống thêm đơn vị.");
        }

        return requested is null ? (defaultUnit, null)
            : units.Contains(requested.Value) ? (requested, null)
            : (null, "Bạn chỉ soạn được nội dung cho đơn vị của mình: hãy chọn một đơn vị trong danh sách.");
    }

    /// <summary>The user's units (memberships) and the default among them, for the editor's unit list.</summary>
    public async Task<(IReadOnlyList<int> Units, int? Default)> UnitsOfAsync(ClaimsPrincipal user)
    {
        var (_, units, defaultUnit) = await MembershipsAsync(user);
        return (units, defaultUnit);
    }

    /// <summary>Which items of the type the user can see, to filter lists and queues (see <see cref="ContentScope"/>).</summary>
    public async Task<ContentScope> ScopeAsync(ClaimsPrincipal user, ContentTypeDefinition type)
    {
        if (await HasAsync(user, type.Permissions.EditAny))
        {
            return ContentScope.Everything;
        }

        var (userId, units, _) = await MembershipsAsync(user);
        return new ContentScope(false, await HasAsync(user, type.Permissions.EditOwn) ? userId : null, units,
            await HasAsync(user, type.Permissions.ViewDrafts));
    }

    /// <summary>
    /// The ids of the items of these types that the user can see (their latest version in <see cref="ScopeAsync"/>), as a
    /// query to compose with: the review queue and the files a user may read filter with it.
    /// </summary>
    public async Task<IQueryable<int>> VisibleItemIdsAsync(ClaimsPrincipal user, IEnumerable<ContentTypeDefinition> types)
    {
        var scoped = new List<(string Type, ContentScope Scope)>();
        foreach (var type in types)
        {
            scoped.Add((type.Name, await ScopeAsync(user, type)));
        }

        // Types are grouped by the shape of their scope (the user's units are the same for every type), so the query
        // has one part per shape, in practice one or two, rather than one per type.
        IQueryable<int>? visible = null;
        foreach (var group in scoped.GroupBy(s => (s.Scope.All, s.Scope.OwnerId, s.Scope.UnitDrafts)))
        {
            var names = group.Select(s => s.Type).ToList();
            var part = group.First().Scope.Apply(db.ContentVersions.AsNoTracking().Where(v => v.IsLatest && names.Contains(v.ContentType)))
                .Select(v => v.ContentItemId);
            visible = visible is null ? part : visible.Concat(part);
        }

        return visible ?? db.ContentVersions.Where(_ => false).Select(v => v.ContentItemId);
    }

    private async Task<bool> OwnsAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem item, int? unit)
    {
        var userId = UserId(user);
        return userId is not null && string.Equals(item.OwnerId, userId, StringComparison.Ordinal)
            && (unit is null || (await MembershipsAsync(user)).Units.Contains(unit.Value))
            && await HasAsync(user, type.Permissions.EditOwn);
    }

    private async Task<int?> UnitOfAsync(ContentItem item) =>
        item.Versions.FirstOrDefault(v => v.IsLatest) is { } latest
            ? latest.UnitId
            : await db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == item.Id && v.IsLatest).Select(v => v.UnitId).FirstOrDefaultAsync();

    // Read once per request (the service is scoped): memberships change rarely and a request asks many times.
    private async Task<(string UserId, IReadOnlyList<int> Units, int? Default)> MembershipsAsync(ClaimsPrincipal user)
    {
        var userId = UserId(user) ?? "";
        if (_memberships is { } cached && cached.UserId == userId)
        {
            return cached;
        }

        var units = await db.UserUnits.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.UnitId).OrderBy(u => u).ToListAsync();
        var preferred = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.UnitId).FirstOrDefaultAsync();
        var defaultUnit = preferred is { } id && units.Contains(id) ? preferred : units.Count > 0 ? units[0] : null;
        _memberships = (userId, units, defaultUnit);
        return _memberships.Value;
    }
}

/// <summary>
/// The items of a type a user can see (<see cref="ContentAccess.ScopeAsync"/>): everything, or their own items of their
/// units (<see cref="OwnerId"/>, null without EditOwn) plus, with ViewDrafts, every item of their units.
/// </summary>
public sealed record ContentScope(bool All, string? OwnerId, IReadOnlyList<int> Units, bool UnitDrafts)
{
    public static ContentScope Everything { get; } = new(true, null, [], false);

    /// <summary>Filters versions (normally the latest ones) to the items in scope, in the database.</summary>
    public IQueryable<ContentVersion> Apply(IQueryable<ContentVersion> versions)
    {
        if (All)
        {
            return versions;
        }

        var owner = OwnerId;
        var units = Units.ToList();
        var unitDrafts = UnitDrafts;
        return versions.Where(v =>
            (owner != null && v.ContentItem.OwnerId == owner && (v.UnitId == null || units.Contains(v.UnitId.Value)))
            || (unitDrafts && v.UnitId != null && units.Contains(v.UnitId.Value)));
    }
}
