using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Users.Services;

/// <summary>For Identity calls that can only fail on a bug or a broken database: an exception rather than a silent miss.</summary>
internal static class IdentityResults
{
    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
