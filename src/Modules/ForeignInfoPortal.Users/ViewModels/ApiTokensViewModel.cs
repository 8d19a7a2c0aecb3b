using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Users.ViewModels;

/// <summary>The API tokens page: the list, the create form and, once, the secret of the token just created.</summary>
public sealed class ApiTokensViewModel
{
    public IReadOnlyList<ApiTokenRow> Rows { get; init; } = [];

    public ApiTokenCreateForm Form { get; init; } = new();

    /// <summary>Users a token can be created for: (id, "Name (e-mail)").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Users { get; init; } = [];

    /// <summary>Set only in the answer to a successful create; never stored or redirected.</summary>
    public string? CreatedSecret { get; init; }
}

public sealed record ApiTokenRow(int Id, string Name, string User, string Prefix, string Created, string CreatedBy,
    string Expires, string LastUsed, string Status, bool CanRevoke);

public sealed class ApiTokenCreateForm
{
    [Required(ErrorMessage = "Vui lòng chọn người dùng.")]
    public string? UserId { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập tên mã truy cập.")]
    [StringLength(200, ErrorMessage = "Tên mã truy cập dài tối đa {1} ký tự.")]
    public string? Name { get; set; }

    /// <summary>Optional last day of use, dd/MM/yyyy (Vietnam).</summary>
    public string? Expires { get; set; }
}
