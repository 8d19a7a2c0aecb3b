using System.Security.Cryptography;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Creating a user in roles and units, in one place for everything that does it (the first administrator at start-up,
/// the <c>user create</c> verb, the users admin): a password left out is generated, handed back once and must be
/// changed at first sign-in.
/// </summary>
public static class PortalAccounts
{
    /// <summary>The outcome: Identity's result (errors in Vietnamese), the user, and the generated password if any.</summary>
    public sealed record Created(IdentityResult Result, PortalUser User, string? GeneratedPassword);

    /// <summary>
    /// Creates the user with its roles and unit memberships; the first unit is the default for new items. On any
    /// refusal nothing of the user is left behind.
    /// </summary>
    public static async Task<Created> CreateAsync(UserManager<PortalUser> users, PortalDbContext db, string email, IReadOnlyList<string> roles,
        string? displayName, IReadOnlyList<int> unitIds, string? password, DateTime nowUtc)
    {
        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            MustChangePassword = generated is not null,
            CreatedUtc = nowUtc,
        };
        var result = await users.CreateAsync(user, generated ?? password!);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, roles);
            if (result.Succeeded)
            {
                await SetUnitsAsync(db, user, unitIds, unitIds.Count > 0 ? unitIds[0] : null);
            }
            else
            {
                // Identity writes the user and the roles apart: never leave a user without the roles asked for.
                await users.DeleteAsync(user);
            }
        }

        return new Created(result, user, result.Succeeded ? generated : null);
    }

    /// <summary>
    /// Replaces the user's unit memberships; the default unit (<see cref="PortalUser.UnitId"/>) must be one of them and
    /// falls back to the first when it is not.
    /// </summary>
    public static async Task SetUnitsAsync(PortalDbContext db, PortalUser user, IReadOnlyCollection<int> unitIds, int? defaultUnit)
    {
        var wanted = unitIds.Distinct().ToList();
        var current = await db.UserUnits.Where(m => m.UserId == user.Id).ToListAsync();
        db.UserUnits.RemoveRange(current.Where(m => !wanted.Contains(m.UnitId)));
        db.UserUnits.AddRange(wanted.Where(u => current.All(m => m.UnitId != u)).Select(u => new UserUnit { UserId = user.Id, UnitId = u }));
        user.UnitId = defaultUnit is { } unit && wanted.Contains(unit) ? unit : wanted.Count > 0 ? wanted[0] : null;
        if (db.Entry(user).State == EntityState.Detached)
        {
            db.Users.Attach(user).Property(u => u.UnitId).IsModified = true;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A temporary password: 16 letters and digits without look-alikes, plus a tail that meets any sensible policy.</summary>
    public static string GeneratePassword()
    {
        const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return $"{new string(RandomNumberGenerator.GetItems<char>(Letters, 16))}-9a";
    }
}
