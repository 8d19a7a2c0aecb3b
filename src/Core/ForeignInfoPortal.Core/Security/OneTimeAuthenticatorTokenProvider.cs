using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Identity's authenticator check (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, two steps either way) that also
/// remembers, per user, the last step it accepted and accepts only a later one: a code, once used, is never accepted
/// again (ASVS 2.8.4). Identity's own provider remembers nothing and its TOTP code is internal, hence a provider here.
/// </summary>
internal sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string Name = "PortalAuthenticator";

    /// <summary>The user token (AspNetUserTokens) that holds the last accepted step.</summary>
    internal const string LoginProvider = "[PortalAuthenticator]";
    internal const string LastStepName = "LastAcceptedStep";

    private const int StepSeconds = 30;
    private const int AllowedDrift = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app generates the codes; like Identity's provider, nothing to send.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        if (token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || FromBase32(key) is not { Length: > 0 } keyBytes)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var stored = await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepName);
        var last = long.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : long.MinValue;
        for (var step = now - AllowedDrift; step <= now + AllowedDrift; step++)
        {
            if (step > last && Code(keyBytes, step) == code)
            {
                // Written through the user's concurrency stamp in one SaveChanges: of two sign-ins racing with the same
                // code, the second write fails and that sign-in is refused (PortalUserStore then drops the stale user).
                var saved = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepName, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }

        return false;
    }

    private static int Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238's default, what every authenticator app computes and what Identity checked before
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        return (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFF_FFFF) % 1_000_000;
    }

    /// <summary>RFC 4648 base32, the form Identity stores the key in; null when it is not.</summary>
    private static byte[]? FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int bits = 0, buffer = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var index = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }

        return [.. bytes];
    }
}
