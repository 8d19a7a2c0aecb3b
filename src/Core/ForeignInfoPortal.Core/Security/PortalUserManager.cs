using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Identity's user manager, except that a failed access is counted even when another request saved the user meanwhile
/// (two sign-ins racing with one code, wrong codes in parallel): Identity's count is a save through the user's
/// concurrency stamp, refused when the stamp moved; the store then reads the user again (<see cref="PortalUserStore"/>)
/// and the count is made again on the fresh row. Otherwise a burst of parallel wrong codes would count as one.
/// </summary>
internal sealed class PortalUserManager(
    IUserStore<PortalUser> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<PortalUser> passwordHasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators, IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<PortalUser>> logger)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    // Each refusal means another request's save landed; a handful of parallel requests cannot refuse this many times.
    private const int Attempts = 5;

    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await base.AccessFailedAsync(user);
            if (result.Succeeded || attempt == Attempts
                || !result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                return result;
            }
        }
    }
}
