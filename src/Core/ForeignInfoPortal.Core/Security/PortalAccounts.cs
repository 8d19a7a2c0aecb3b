using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Creating a user in a role, in one place for everything that does it (the first administrator at start-up, the
/// <c>user create</c> verb): a password left out is generated, handed back once and must be changed at first sign-in.
/// </summary>
public static class PortalAccounts
{
    /// <summary>The outcome: Identity's result (errors in Vietnamese), the user, and the generated password if any.</summary>
    public sealed record Created(IdentityResult Result, PortalUser User, string? GeneratedPassword);

    public static async Task<Created> CreateAsync(
        UserManager<PortalUser> users, string email, string role, string? displayName, int? unitId, string? password, DateTime nowUtc)
    {
        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            UnitId = unitId,
            MustChangePassword = generated is not null,
            CreatedUtc = nowUtc,
        };
        var result = await users.CreateAsync(user, generated ?? password!);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
            if (!result.Succeeded)
            {
                // Identity writes the user and the role apart: never leave a user without the role asked for.
                await users.DeleteAsync(user);
            }
        }

        return new Created(result, user, result.Succeeded ? generated : null);
    }

    // 16 letters and digits without look-alikes, plus a tail that meets any sensible password policy.
    private static string GeneratePassword()
    {
        const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return $"{new string(RandomNumberGenerator.GetItems<char>(Letters, 16))}-9a";
    }
}
