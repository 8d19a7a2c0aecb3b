using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Users;

public sealed class TotpTests
{
    // RFC 6238 appendix B, SHA-1 rows: the 8-digit codes of the ASCII key "12345678901234567890".
    [Theory]
    [InlineData(59, "94287082")]
    [InlineData(1111111109, "07081804")]
    [InlineData(1234567890, "89005924")]
    [InlineData(20000000000, "65353130")]
    public void Code_MatchesTheRfc6238TestVectors(long unixSeconds, string expected)
    {
        var key = "12345678901234567890"u8.ToArray();
        Assert.Equal(expected, Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds), digits: 8));
        Assert.Equal(expected[2..], Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public void FromBase32_ReadsTheRfc4648Example() =>
        Assert.Equal("foobar"u8.ToArray(), Totp.FromBase32("mzxw 6ytb oi"));

    [Fact]
    public void ToBase32_WritesTheRfc4648Example() =>
        Assert.Equal("MZXW6YTBOI", Totp.ToBase32("foobar"u8.ToArray()));
}
