using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Users.ViewModels;

/// <summary>The enrolment page: the key to type or scan and the first code, or, once enabled, what can be done.</summary>
public sealed class TwoFactorViewModel
{
    public bool IsEnabled { get; set; }

    /// <summary>The shared key in groups of four, for typing into an app that cannot scan.</summary>
    public string? SharedKey { get; set; }

    /// <summary>The otpauth:// URI itself: a link that opens the app when the page is read on the phone.</summary>
    public string? KeyUri { get; set; }

    /// <summary>The otpauth:// URI drawn as an SVG QR code, as a data: URI (the policy allows data: pictures).</summary>
    public string? QrCodeImage { get; set; }

    public int RecoveryCodesLeft { get; set; }

    /// <summary>New recovery codes, shown in the answer to the post that made them and never again.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
    [RegularExpression(TwoFactorCodes.AuthenticatorPattern, ErrorMessage = TwoFactorCodes.AuthenticatorMessage)]
    public string? Code { get; set; }
}

/// <summary>Turning two-factor sign-in off: a current code or the password proves the person at the keyboard.</summary>
public sealed class TwoFactorDisableViewModel
{
    [RegularExpression(TwoFactorCodes.AuthenticatorPattern, ErrorMessage = TwoFactorCodes.AuthenticatorMessage)]
    public string? Code { get; set; }

    [DataType(DataType.Password)]
    public string? Password { get; set; }
}

/// <summary>The second step of sign-in.</summary>
public sealed class TwoFactorLoginViewModel
{
    [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
    [RegularExpression(TwoFactorCodes.SignInPattern, ErrorMessage = "Mã xác thực gồm đúng 6 chữ số; mã khôi phục có dạng XXXXX-XXXXX.")]
    public string? Code { get; set; }

    /// <summary>Skip the code on this browser next time (Identity's remember-client cookie).</summary>
    public bool RememberMachine { get; set; }

    /// <summary>Carried from the password step.</summary>
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>The shapes of the codes the forms accept, checked before any is verified.</summary>
internal static class TwoFactorCodes
{
    /// <summary>Six digits, optionally as two groups of three (as many apps show them).</summary>
    public const string AuthenticatorPattern = @"^\s*\d{3}\s?\d{3}\s*$";

    public const string AuthenticatorMessage = "Mã xác thực gồm đúng 6 chữ số.";

    /// <summary>An authenticator code or an Identity recovery code (five characters, a dash, five).</summary>
    public const string SignInPattern = @"^\s*(\d{3}\s?\d{3}|[A-Za-z0-9]{5}-[A-Za-z0-9]{5})\s*$";

    /// <summary>The code without spaces; recovery codes in capitals, as Identity stores them.</summary>
    public static string Normalize(string code) =>
        string.Concat(code.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsAuthenticatorCode(string normalized) => normalized.Length == 6 && normalized.All(char.IsAsciiDigit);
}
