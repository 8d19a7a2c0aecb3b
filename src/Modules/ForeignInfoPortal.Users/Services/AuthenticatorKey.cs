using System.Text;
using QRCoder;

namespace ForeignInfoPortal.Users.Services;

/// <summary>How the authenticator key is shown to the person setting up an app: grouped text and a QR code.</summary>
internal static class AuthenticatorKey
{
    /// <summary>The base32 key in lower-case groups of four ("abcd efgh …"), easier to read out and type.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    /// <summary>
    /// The Key URI Format the apps read: the issuer both as the label's prefix and as a parameter (older apps read one,
    /// newer the other). SHA-1, 6 digits and 30 s are the defaults and what Identity's provider checks.
    /// </summary>
    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}"
        + $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>
    /// The URI as an SVG QR code in a data: URI: drawn on the server (no script, which the policy would refuse) and
    /// shown as a picture, which img-src allows from data:.
    /// </summary>
    public static string QrCodeImage(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
