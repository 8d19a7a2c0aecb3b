using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Settings;

/// <summary>
/// Who runs the portal. Every name, place, signer and recipient is here, because administrative units
/// change (Bắc Kạn province joined Thái Nguyên on 1 July 2025); nothing about the city is in the code.
/// </summary>
public sealed class SiteSettings
{
    public const string Key = "Site";

    [Required(ErrorMessage = "Vui lòng nhập tên cổng thông tin.")]
    [StringLength(200, ErrorMessage = "Tên cổng thông tin tối đa 200 ký tự.")]
    public string PortalName { get; set; } = "Cổng thông tin điện tử";

    /// <summary>The portal's name in English.</summary>
    [StringLength(200, ErrorMessage = "Tên tiếng Anh tối đa 200 ký tự.")]
    public string? PortalNameEnglish { get; set; }

    /// <summary>The body above the issuing body, in capitals ("ỦY BAN NHÂN DÂN").</summary>
    [StringLength(200, ErrorMessage = "Tên cơ quan cấp trên tối đa 200 ký tự.")]
    public string? ParentBodyName { get; set; }

    /// <summary>The body that runs the portal ("ỦY BAN NHÂN DÂN THÀNH PHỐ ...").</summary>
    [Required(ErrorMessage = "Vui lòng nhập tên cơ quan chủ quản.")]
    [StringLength(200, ErrorMessage = "Tên cơ quan tối đa 200 ký tự.")]
    public string BodyName { get; set; } = "";

    /// <summary>The body's name in English, shown on the English site ("BAC KAN CITY PEOPLE'S COMMITTEE").</summary>
    [StringLength(200, ErrorMessage = "Tên tiếng Anh của cơ quan tối đa 200 ký tự.")]
    public string? BodyNameEnglish { get; set; }

    /// <summary>The place used in the date line of documents ("TP. ...").</summary>
    [StringLength(100, ErrorMessage = "Địa danh tối đa 100 ký tự.")]
    public string? Place { get; set; }

    [StringLength(300, ErrorMessage = "Địa chỉ tối đa 300 ký tự.")]
    public string? Address { get; set; }

    /// <summary>The address as the English site writes it.</summary>
    [StringLength(300, ErrorMessage = "Địa chỉ tiếng Anh tối đa 300 ký tự.")]
    public string? AddressEnglish { get; set; }

    [StringLength(50, ErrorMessage = "Số điện thoại tối đa 50 ký tự.")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    public string? Email { get; set; }

    /// <summary>The emblem or logo shown in the header (a path or URL).</summary>
    public string? EmblemUrl { get; set; }

    /// <summary>Who is responsible for the portal's content (shown in the footer).</summary>
    [StringLength(200, ErrorMessage = "Người chịu trách nhiệm tối đa 200 ký tự.")]
    public string? ResponsiblePerson { get; set; }

    /// <summary>Who is responsible for the content, as the English site's footer says it.</summary>
    [StringLength(200, ErrorMessage = "Người chịu trách nhiệm (tiếng Anh) tối đa 200 ký tự.")]
    public string? ResponsiblePersonEnglish { get; set; }

    /// <summary>The signing authority line ("TM. ỦY BAN NHÂN DÂN").</summary>
    public string? SignerAuthority { get; set; }

    /// <summary>The deputy line when a vice-chair signs ("KT. CHỦ TỊCH"); empty when the head signs.</summary>
    public string? SignerOnBehalfOf { get; set; }

    public string? SignerPosition { get; set; }

    public string? SignerName { get; set; }

    /// <summary>The "Nơi nhận" list of reports, one recipient per entry.</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>
    /// Who runs the portal as a reader of a culture sees it: on the English site the English names where they are
    /// set, else the Vietnamese ones, each marked with the culture it is written in.
    /// </summary>
    public SiteIdentity IdentityIn(string culture)
    {
        var english = culture == PortalCultures.English;
        return new SiteIdentity(
            In(english, PortalName, PortalNameEnglish)!,
            In(english, BodyName, BodyNameEnglish),
            In(english, ResponsiblePerson, ResponsiblePersonEnglish),
            In(english, Address, AddressEnglish));
    }

    private static CultureText? In(bool english, string? vietnamese, string? inEnglish) =>
        english && !string.IsNullOrWhiteSpace(inEnglish) ? new CultureText(inEnglish.Trim(), PortalCultures.English)
        : string.IsNullOrWhiteSpace(vietnamese) ? null
        : new CultureText(vietnamese.Trim(), PortalCultures.Vietnamese);
}
