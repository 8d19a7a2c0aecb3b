using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Investment.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Investment.Models;

/// <summary>
/// A project calling for investment (dự án kêu gọi đầu tư). The common Title is the project's name; summary,
/// featured image, unit and culture are the common metadata of every content item.
/// </summary>
public sealed class ProjectFields : IContentFields, IValidatableObject
{
    public const int TextMaxLength = 2000;
    public const int LineMaxLength = 300;
    public const int ContactMaxLength = 200;

    /// <summary>Mục tiêu của dự án.</summary>
    [Display(Name = "Mục tiêu")]
    [Required(ErrorMessage = "Vui lòng nhập mục tiêu của dự án.")]
    [StringLength(TextMaxLength, ErrorMessage = "Mục tiêu tối đa 2.000 ký tự.")]
    public string Objective { get; set; } = "";

    /// <summary>Scale, planning and the rest as rich text; sanitised in <see cref="Normalize"/>.</summary>
    [Display(Name = "Quy mô, nội dung dự án")]
    public string? Description { get; set; }

    /// <summary>The code of a sector of <see cref="InvestmentCatalog.Fields"/>.</summary>
    [Display(Name = "Lĩnh vực")]
    [Required(ErrorMessage = "Vui lòng chọn lĩnh vực.")]
    public string Field { get; set; } = "";

    /// <summary>Địa điểm as written (a street, a village, an area).</summary>
    [Display(Name = "Địa điểm")]
    [Required(ErrorMessage = "Vui lòng nhập địa điểm.")]
    [StringLength(LineMaxLength, ErrorMessage = "Địa điểm tối đa 300 ký tự.")]
    public string Location { get; set; } = "";

    /// <summary>The code of the ward or commune (a unit of kind Ward or Commune) the project lies in; filters use it.</summary>
    [Display(Name = "Phường, xã")]
    public string? Ward { get; set; }

    /// <summary>Diện tích in hectares.</summary>
    [Display(Name = "Diện tích (ha)")]
    [ModelBinder(typeof(AreaBinder))]
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Diện tích phải từ 0 đến 1.000.000 ha.")]
    public decimal? AreaHectares { get; set; }

    /// <summary>Tổng vốn đầu tư in whole đồng; the editor may type "1.250 tỷ".</summary>
    [Display(Name = "Tổng vốn đầu tư (đồng)")]
    [ModelBinder(typeof(MoneyBinder))]
    [Range(typeof(decimal), "0", "1000000000000000", ErrorMessage = "Tổng vốn đầu tư phải từ 0 đến 1.000.000 tỷ đồng.")]
    public decimal? TotalCapital { get; set; }

    /// <summary>The code of a form of <see cref="InvestmentCatalog.Forms"/>.</summary>
    [Display(Name = "Hình thức đầu tư")]
    [Required(ErrorMessage = "Vui lòng chọn hình thức đầu tư.")]
    public string InvestmentForm { get; set; } = "";

    /// <summary>Thời gian hoạt động of the project, in years.</summary>
    [Display(Name = "Thời gian hoạt động (năm)")]
    [Range(1, 99, ErrorMessage = "Thời gian hoạt động phải từ 1 đến 99 năm.")]
    public int? DurationYears { get; set; }

    /// <summary>Tiến độ thực hiện as written ("2025 – 2027").</summary>
    [Display(Name = "Tiến độ thực hiện")]
    [StringLength(LineMaxLength, ErrorMessage = "Tiến độ thực hiện tối đa 300 ký tự.")]
    public string? Schedule { get; set; }

    /// <summary>The code of a status of <see cref="InvestmentCatalog.Statuses"/>.</summary>
    [Display(Name = "Tình trạng")]
    [Required(ErrorMessage = "Vui lòng chọn tình trạng dự án.")]
    public string Status { get; set; } = "";

    /// <summary>The office investors contact (a unit, a person).</summary>
    [Display(Name = "Đơn vị, người liên hệ")]
    [StringLength(ContactMaxLength, ErrorMessage = "Đơn vị liên hệ tối đa 200 ký tự.")]
    public string? ContactName { get; set; }

    [Display(Name = "Điện thoại")]
    [StringLength(50, ErrorMessage = "Số điện thoại tối đa 50 ký tự.")]
    [RegularExpression(@"^[0-9+().\s-]*$", ErrorMessage = "Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Thư điện tử")]
    [StringLength(ContactMaxLength, ErrorMessage = "Thư điện tử tối đa 200 ký tự.")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Địa chỉ liên hệ")]
    [StringLength(LineMaxLength, ErrorMessage = "Địa chỉ liên hệ tối đa 300 ký tự.")]
    public string? ContactAddress { get; set; }

    /// <summary>The project's documents (planning maps, decisions): PDF, DOC/DOCX, XLS/XLSX, ODT.</summary>
    [Display(Name = "Tệp đính kèm")]
    [ContentFile(FileKind.Document)]
    public List<ContentFileReference> Attachments { get; set; } = [];

    public void Normalize(ContentNormalizeContext context)
    {
        Objective = InvestmentText.Clean(Objective, keepLines: true) ?? "";
        var description = context.Sanitizer.Sanitize(Description ?? "").Trim();
        Description = RichText.HasContent(description) ? description : null;
        Field = InvestmentText.Code(Field) ?? "";
        Location = InvestmentText.Clean(Location) ?? "";
        Ward = InvestmentText.Code(Ward);
        InvestmentForm = InvestmentText.Code(InvestmentForm) ?? "";
        Schedule = InvestmentText.Clean(Schedule);
        Status = InvestmentText.Code(Status) ?? "";
        ContactName = InvestmentText.Clean(ContactName);
        ContactPhone = InvestmentText.Clean(ContactPhone);
        ContactEmail = InvestmentText.Clean(ContactEmail);
        ContactAddress = InvestmentText.Clean(ContactAddress);
        TotalCapital = TotalCapital is { } capital ? decimal.Round(capital) : null;

        // The editor shows two decimals: keep no more, so that a re-save never changes the area.
        AreaHectares = AreaHectares is { } area ? decimal.Round(area, 2, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>Checks the codes against the lists and the ward against the units.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Field.Length > 0 && !InvestmentCatalog.Contains(InvestmentCatalog.Fields, Field))
        {
            yield return new ValidationResult($"Lĩnh vực \"{Field}\" không có trong danh mục.", [nameof(Field)]);
        }

        if (Status.Length > 0 && !InvestmentCatalog.Contains(InvestmentCatalog.Statuses, Status))
        {
            yield return new ValidationResult($"Tình trạng \"{Status}\" không có trong danh mục.", [nameof(Status)]);
        }

        if (InvestmentForm.Length > 0 && !InvestmentCatalog.Contains(InvestmentCatalog.Forms, InvestmentForm))
        {
            yield return new ValidationResult($"Hình thức đầu tư \"{InvestmentForm}\" không có trong danh mục.", [nameof(InvestmentForm)]);
        }

        // Without the portal's services (fields validated in a unit test) the ward is not checked.
        if (Ward is not null && validationContext.GetService(typeof(Core.Data.PortalDbContext)) is Core.Data.PortalDbContext db
            && WardDirectory.Find(db, Ward) is null)
        {
            yield return new ValidationResult($"Phường, xã \"{Ward}\" không có trong danh sách đơn vị.", [nameof(Ward)]);
        }
    }

    public IEnumerable<ContentIndexValue> GetIndexValues()
    {
        yield return ContentIndexValue.OfText(InvestmentIndex.Field, Field);
        yield return ContentIndexValue.OfText(InvestmentIndex.Status, Status);
        if (Ward is not null)
        {
            yield return ContentIndexValue.OfText(InvestmentIndex.Ward, Ward);
        }

        if (TotalCapital is { } capital)
        {
            yield return ContentIndexValue.OfNumber(InvestmentIndex.Capital, capital);
        }

        if (AreaHectares is { } area)
        {
            yield return ContentIndexValue.OfNumber(InvestmentIndex.Area, area);
        }
    }
}
