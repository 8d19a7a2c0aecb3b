using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// The form of a token secret: "fip_" and 32 random bytes in URL-safe base64 (47 characters). The prefix makes a
/// leaked token recognisable to secret scanners and people; only its SHA-256 is stored.
/// </summary>
internal static class ApiTokenSecrets
{
    public const string Marker = "fip_";

    /// <summary>How many leading characters are kept in clear (the marker and 8 more) to tell tokens apart.</summary>
    public const int PrefixLength = 12;

    private const int SecretBytes = 32;
    private static readonly int Length = Marker.Length + Base64Url.GetEncodedLength(SecretBytes);

    public static string Generate() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>SHA-256 of the secret as lower-case hex: a random 256-bit secret needs no salt or slow hash.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret[..PrefixLength];

    /// <summary>Refuses what cannot be a token before touching the database.</summary>
    public static bool IsWellFormed(string secret) =>
        secret.Length == Length && secret.StartsWith(Marker, StringComparison.Ordinal) && Base64Url.IsValid(secret.AsSpan(Marker.Length));
}
