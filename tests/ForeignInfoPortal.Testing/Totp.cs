using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// RFC 6238 codes computed here, independently of Identity (HMAC-SHA1, 30-second steps, 6 digits), from the key the
/// enrolment page shows: what an authenticator app on a phone does.
/// </summary>
public static class Totp
{
    public static string Code(byte[] key, DateTimeOffset at, int digits = 6)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238's default and what every authenticator app computes; not our choice to make here
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFF_FFFF;
        return (binary % (int)Math.Pow(10, digits)).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The code <paramref name="steps"/> steps (of 30 s) ahead of now, which the portal still accepts (two steps ahead at
    /// most) and, being later than a code used before in the test, not refused as a replay (ASVS 2.8.4).
    /// </summary>
    public static string Later(byte[] key, int steps) => Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * steps));

    /// <summary>The key as the page shows it: base32 (RFC 4648) in groups, any case.</summary>
    public static byte[] FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            value = (value << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    /// <summary>The key as Identity's store wrote it before it was protected: base32 (RFC 4648), capitals, no padding.</summary>
    public static string ToBase32(byte[] key)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new System.Text.StringBuilder();
        var (bits, value) = (0, 0);
        foreach (var b in key)
        {
            value = ((value << 8) | b) & 0xFFFF; // the bits not yet written fit in 13
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text.Append(Alphabet[(value >> bits) & 31]);
            }
        }

        return bits > 0 ? text.Append(Alphabet[(value << (5 - bits)) & 31]).ToString() : text.ToString();
    }

    /// <summary>A six-digit code that is valid at no step Identity accepts around now (it allows two steps either way).</summary>
    public static string WrongCode(byte[] key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !valid.Contains(code));
    }
}
