using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Vui lòng nhập địa chỉ thư điện tử.")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public bool RememberMe { get; set; }

    /// <summary>Where to go after signing in; only local paths are followed.</summary>
    public string? ReturnUrl { get; set; }
}
