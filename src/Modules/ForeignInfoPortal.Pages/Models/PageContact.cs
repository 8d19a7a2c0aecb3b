using System.ComponentModel.DataAnnotations;
using System.Text;

namespace ForeignInfoPortal.Pages.Models;

/// <summary>A spokesperson (người phát ngôn) or a person authorised to give information to the press, as a page shows them.</summary>
public sealed class PageContact
{
    public const int NameMaxLength = 150;

    public string Name { get; set; } = "";

    /// <summary>Chức vụ ("Chủ tịch UBND thành phố").</summary>
    public string? Position { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    internal bool IsEmpty => Name.Length == 0 && Position is null && Phone is null && Email is null;

    internal PageContact Cleaned() => new() { Name = Clean(Name) ?? "", Position = Clean(Position), Phone = Clean(Phone), Email = Clean(Email) };

    /// <summary>The problems of a card, by member, in Vietnamese.</summary>
    internal IEnumerable<(string Member, string Message)> Check()
    {
        if (Name.Length == 0)
        {
            yield return (nameof(Name), "Vui lòng nhập họ và tên người phát ngôn.");
        }
        else if (Name.Length > NameMaxLength)
        {
            yield return (nameof(Name), "Họ và tên tối đa 150 ký tự.");
        }

        if (Position?.Length > NameMaxLength)
        {
            yield return (nameof(Position), "Chức vụ tối đa 150 ký tự.");
        }

        if (Phone is not null && (Phone.Length > 50 || !Phone.All(ch => char.IsAsciiDigit(ch) || " +().-".Contains(ch))))
        {
            yield return (nameof(Phone), "Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -, tối đa 50 ký tự.");
        }

        if (Email is not null && (Email.Length > 200 || !new EmailAddressAttribute().IsValid(Email)))
        {
            yield return (nameof(Email), "Địa chỉ thư điện tử không hợp lệ.");
        }
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
