using ForeignInfoPortal.Core.Text;
using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Refuses the passwords everyone tries first, long enough to pass the length rule ("Password1234", "matkhau123456",
/// "qwertyuiop12"): compared without case, diacritics or separators, so "Mật-khẩu-123456" is the same password. A short
/// list kept in the code, not a breach corpus (docs/security.md says what that leaves open).
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "password1234", "password12345", "password123456", "passw0rd1234", "password2024", "password2025", "password2026",
        "123456789012", "1234567890123", "123456789abc", "1234567890qwe", "123123123123", "147258369123", "111111111111",
        "000000000000", "121212121212", "987654321000", "qwertyuiop12", "qwertyuiop123", "qwerty123456", "1q2w3e4r5t6y",
        "1qaz2wsx3edc", "abc123456789", "abcd12345678", "iloveyou1234", "admin1234567", "admin12345678", "administrator",
        "administrator1", "welcome12345", "letmein12345", "changeme1234", "superman1234", "football1234", "matkhau12345",
        "matkhau123456", "matkhaumoi123", "congthongtin", "congthongtin1",
        "congthongtin123", "vietnam12345", "vietnam123456", "anhyeuem1234", "emyeuanh1234", "hanoi1234567", "saigon123456",
        "quantri123456", "quantrivien123",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is not null && Common.Contains(Normalize(password)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    // Lower case, no diacritics, letters and digits only: the variations people think make a common password their own.
    internal static string Normalize(string password) =>
        new(VietnameseText.Fold(password).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
