using System.Text.Json;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Brings permissions declared after a site was set up to the roles their modules meant them for. At start, every
/// (role, permission) pair of the modules' default stereotypes that this site has not seen yet is granted once and
/// remembered under the settings key <see cref="Key"/>; a pair once remembered is never granted again, so an
/// administrator who removes it in the matrix is not overruled at the next start. A site that was just set up takes
/// its recipe's roles as they are: their pairs are only remembered.
/// </summary>
/// <remarks>
/// Safe when several nodes start at once: the remembered list is claimed with a compare-and-swap on its settings row
/// (an insert the primary key lets through once, or an update of the value this node read) in the same transaction
/// as the grants, so the node that loses grants nothing, reads again and finds nothing left to do.
/// </remarks>
public sealed class PermissionDefaultsUpgrade(
    PortalDbContext db, IEnumerable<IPermissionProvider> providers, IAuditLog audit, TimeProvider clock, ILogger<PermissionDefaultsUpgrade> logger)
{
    /// <summary>The settings key of the pairs already applied: <c>{ "Editor": ["News.ViewDrafts", …], … }</c>.</summary>
    public const string Key = "Security.PermissionDefaults";

    private const int Attempts = 5;

    /// <summary>Grants the pairs not applied yet (or, on a site just set up, only remembers them).</summary>
    /// <param name="freshSite">True when the setup recipe ran during this start.</param>
    /// <param name="cancellationToken">The start's.</param>
    /// <returns>How many role claims were added.</returns>
    public async Task<int> RunAsync(bool freshSite, CancellationToken cancellationToken = default)
    {
        var declared = providers.SelectMany(p => p.GetDefaultStereotypes())
            .SelectMany(s => s.Permissions.Select(p => new Grant(s.Role, p.Name)))
            .ToHashSet();
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var stored = await db.Settings.AsNoTracking().Where(s => s.Key == Key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
            var applied = Read(stored);
            var pending = declared.Where(g => !applied.Contains(g)).OrderBy(g => g.Role, StringComparer.Ordinal)
                .ThenBy(g => g.Permission, StringComparer.Ordinal).ToList();
            if (pending.Count == 0)
            {
                return 0;
            }

            if (await TryApplyAsync(stored, [.. applied, .. pending], freshSite ? [] : pending, cancellationToken) is { } granted)
            {
                logger.LogInformation("Permission defaults: {Pending} new pair(s) recorded, {Granted} role claim(s) granted", pending.Count, granted);
                return granted;
            }
        }

        throw new InvalidOperationException($"Could not record the permission defaults after {Attempts} attempts: other nodes kept changing {Key}.");
    }

    /// <returns>The number of claims granted, or null when another node changed the list first.</returns>
    private async Task<int?> TryApplyAsync(string? stored, IReadOnlyCollection<Grant> applied, IReadOnlyList<Grant> toGrant, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(stored, Write(applied), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return null;
        }

        var granted = await GrantAsync(toGrant, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return granted;
    }

    // Replaces exactly the value this node read: a concurrent writer makes the insert or the update touch no row.
    private async Task<bool> ClaimAsync(string? stored, string value, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (stored is not null)
        {
            return await db.Settings.Where(s => s.Key == Key && s.Value == stored)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Value, value).SetProperty(r => r.ModifiedUtc, now), cancellationToken) == 1;
        }

        db.Settings.Add(new SettingsRecord { Key = Key, Value = value, ModifiedUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the key first.
            return false;
        }
    }

    private async Task<int> GrantAsync(IReadOnlyList<Grant> grants, CancellationToken cancellationToken)
    {
        if (grants.Count == 0)
        {
            return 0;
        }

        var names = grants.Select(g => g.Role).Distinct().ToList();
        var roles = await db.Roles.Where(r => names.Contains(r.Name!)).Select(r => new { r.Id, Name = r.Name! }).ToListAsync(cancellationToken);
        var ids = roles.Select(r => r.Id).ToList();
        var held = (await db.RoleClaims.Where(c => c.ClaimType == Permission.ClaimType && ids.Contains(c.RoleId))
                .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(cancellationToken))
            .Select(c => (c.RoleId, c.ClaimValue!)).ToHashSet();
        var total = 0;

        // A role the site does not have (deleted, or never created by its recipe) is skipped but still remembered.
        foreach (var role in roles)
        {
            var added = grants.Where(g => g.Role == role.Name && !held.Contains((role.Id, g.Permission))).Select(g => g.Permission).ToList();
            if (added.Count == 0)
            {
                continue;
            }

            db.RoleClaims.AddRange(added.Select(p => new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = Permission.ClaimType, ClaimValue = p }));
            await audit.RecordAsync(new AuditRecord(AuditActions.PermissionsChange, null, "Hệ thống", "Role", role.Name,
                PortalRoles.DisplayNames.GetValueOrDefault(role.Name, role.Name),
                JsonSerializer.Serialize(new { added, removed = Array.Empty<string>(), reason = "Quyền mới của mô-đun, cấp theo vai trò mặc định" }, ContentJson.Options)),
                cancellationToken);
            total += added.Count;
        }

        return total;
    }

    private static HashSet<Grant> Read(string? stored) =>
        stored is null
            ? []
            : (JsonSerializer.Deserialize<Dictionary<string, List<string>>>(stored) ?? [])
                .SelectMany(r => r.Value.Select(p => new Grant(r.Key, p))).ToHashSet();

    private static string Write(IEnumerable<Grant> applied) =>
        JsonSerializer.Serialize(applied.GroupBy(g => g.Role).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Permission).Order(StringComparer.Ordinal).ToList()));

    private readonly record struct Grant(string Role, string Permission);
}
