using ForeignInfoPortal.Core.Text;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Documents.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Documents.Models;

/// <summary>
/// The fields of a directive document (văn bản chỉ đạo điều hành). The common Title is the trích yếu that lists
/// show; <see cref="Abstract"/> holds a longer one when it does not fit the title's 300 characters. Summary,
/// unit and culture are the common metadata of every content item.
/// </summary>
public sealed class DocumentFields : IContentFields, IValidatableObject
{
    public const int NameMaxLength = 150;
    public const int AbstractMaxLength = 2000;
    public const int MaxRelations = 20;

    /// <summary>Số, ký hiệu: "64/KH-UBND", a công văn "123/UBND-VP"; stored normalised.</summary>
    [Display(Name = "Số, ký hiệu")]
    [Required(ErrorMessage = "Vui lòng nhập số, ký hiệu văn bản.")]
    [NumberAndSymbol]
    public string NumberAndSymbol { get; set; } = "";

    /// <summary>The type code (<see cref="DocumentTypes"/>), "CV" for a công văn; the content subtype.</summary>
    [Display(Name = "Loại văn bản")]
    [Required(ErrorMessage = "Vui lòng chọn loại văn bản.")]
    public string DocumentType { get; set; } = "";

    /// <summary>The code of an issuing body of the settings list.</summary>
    [Display(Name = "Cơ quan ban hành")]
    [Required(ErrorMessage = "Vui lòng chọn cơ quan ban hành.")]
    public string IssuingBody { get; set; } = "";

    [Display(Name = "Người ký")]
    [StringLength(NameMaxLength, ErrorMessage = "Người ký tối đa 150 ký tự.")]
    public string? Signer { get; set; }

    [Display(Name = "Chức vụ người ký")]
    [StringLength(NameMaxLength, ErrorMessage = "Chức vụ người ký tối đa 150 ký tự.")]
    public string? SignerPosition { get; set; }

    [Display(Name = "Ngày ban hành")]
    [Required(ErrorMessage = "Vui lòng nhập ngày ban hành.")]
    public DateOnly? IssueDate { get; set; }

    /// <summary>Ngày có hiệu lực; the issue date counts when empty.</summary>
    [Display(Name = "Ngày có hiệu lực")]
    public DateOnly? EffectiveDate { get; set; }

    /// <summary>Ngày hết hiệu lực (in force through that day); none for most documents.</summary>
    [Display(Name = "Ngày hết hiệu lực")]
    public DateOnly? ExpiryDate { get; set; }

    /// <summary>The code of a field (lĩnh vực) of the settings list; optional.</summary>
    [Display(Name = "Lĩnh vực")]
    public string? Field { get; set; }

    /// <summary>The full trích yếu when it is longer than the title allows; shown instead of the title on the detail page.</summary>
    [Display(Name = "Trích yếu đầy đủ")]
    [StringLength(AbstractMaxLength, ErrorMessage = "Trích yếu đầy đủ tối đa 2.000 ký tự.")]
    public string? Abstract { get; set; }

    /// <summary>The text of the document as rich text HTML; sanitised in <see cref="Normalize"/>.</summary>
    [Display(Name = "Toàn văn")]
    public string? FullText { get; set; }

    /// <summary>The signed files: PDF, DOC/DOCX, XLS/XLSX, ODT.</summary>
    [Display(Name = "Tệp văn bản")]
    [ContentFile(FileKind.Document)]
    public List<ContentFileReference> Attachments { get; set; } = [];

    /// <summary>Numbers and symbols of the documents this one replaces (thay thế).</summary>
    [Display(Name = "Thay thế văn bản")]
    [ModelBinder(typeof(RelationListBinder))]
    [RelationList]
    public List<string> Replaces { get; set; } = [];

    /// <summary>Numbers and symbols of the documents this one amends or supplements (sửa đổi, bổ sung).</summary>
    [Display(Name = "Sửa đổi, bổ sung văn bản")]
    [ModelBinder(typeof(RelationListBinder))]
    [RelationList]
    public List<string> Amends { get; set; } = [];

    /// <summary>Numbers and symbols of the documents this one implements (triển khai, thực hiện), e.g. 47/NQ-CP.</summary>
    [Display(Name = "Triển khai, thực hiện văn bản")]
    [ModelBinder(typeof(RelationListBinder))]
    [RelationList]
    public List<string> Implements { get; set; } = [];

    string? IContentFields.Subtype => string.IsNullOrEmpty(DocumentType) ? null : DocumentType;

    /// <summary>The parsed number and symbol, or null when it does not parse.</summary>
    internal DocumentNumber? ParsedNumber =>
        DocumentNumber.TryParse(NumberAndSymbol, out var number, out _) ? number : null;

    public void Normalize(ContentNormalizeContext context)
    {
        NumberAndSymbol = DocumentNumber.Normalize(NumberAndSymbol) ?? Clean(NumberAndSymbol) ?? "";
        var type = Clean(DocumentType) ?? "";
        DocumentType = DocumentTypes.All.Select(t => t.Key).FirstOrDefault(k => string.Equals(k, type, StringComparison.OrdinalIgnoreCase)) ?? type;
        IssuingBody = (Clean(IssuingBody) ?? "").ToLowerInvariant();
        Field = Clean(Field)?.ToLowerInvariant();
        Signer = Clean(Signer);
        SignerPosition = Clean(SignerPosition);
        Abstract = Clean(Abstract);
        var fullText = context.Sanitizer.Sanitize(FullText ?? "").Trim();
        FullText = RichText.HasContent(fullText) ? fullText : null;
        Replaces = Relations.Normalize(Replaces, NumberAndSymbol);
        Amends = Relations.Normalize(Amends, NumberAndSymbol);
        Implements = Relations.Normalize(Implements, NumberAndSymbol);
    }

    /// <summary>Checks what needs more than one field, the settings lists and the other documents.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var number = ParsedNumber;
        if (number is null)
        {
            yield break;
        }

        var type = DocumentType.Trim();
        if (!DocumentTypes.All.Any(t => string.Equals(t.Key, type, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult($"Loại văn bản \"{type}\" không có trong danh mục.", [nameof(DocumentType)]);
        }
        else if (string.Equals(type, DocumentTypes.OfficialLetter, StringComparison.OrdinalIgnoreCase) != number.IsOfficialLetter
            || (!number.IsOfficialLetter && !string.Equals(type, number.TypeCode, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult(number.IsOfficialLetter
                ? $"Số, ký hiệu {number} không có mã loại văn bản, tức là công văn; hãy chọn loại \"Công văn\" hoặc thêm mã loại vào ký hiệu."
                : $"Ký hiệu {number} là của loại \"{DocumentTypes.NameOf(number.TypeCode)}\" ({number.TypeCode}), khác loại văn bản đã chọn.",
                [nameof(NumberAndSymbol), nameof(DocumentType)]);
        }

        if (number.Year is { } year && IssueDate is { } issued && issued.Year != year)
        {
            yield return new ValidationResult($"Năm trong số, ký hiệu ({year}) khác năm ban hành ({issued.Year}).", [nameof(NumberAndSymbol)]);
        }

        var effective = EffectiveDate ?? IssueDate;
        if (ExpiryDate is { } expiry && effective is { } from && expiry < from)
        {
            yield return new ValidationResult("Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi.", [nameof(ExpiryDate)]);
        }

        foreach (var result in DocumentChecks.Validate(this, number, validationContext))
        {
            yield return result;
        }
    }

    public IEnumerable<ContentIndexValue> GetIndexValues()
    {
        if (ParsedNumber is { } number)
        {
            yield return ContentIndexValue.OfText(DocumentIndex.Number, number.ToString());
            yield return ContentIndexValue.OfText(DocumentIndex.NumberSort, number.Number.ToString("0000000", CultureInfo.InvariantCulture));
            if (IssueDate is { } issued)
            {
                yield return ContentIndexValue.OfText(DocumentIndex.NumberKey, number.Key(issued.Year));
            }
        }

        yield return ContentIndexValue.OfText(DocumentIndex.Issuer, IssuingBody);
        if (!string.IsNullOrEmpty(Field))
        {
            yield return ContentIndexValue.OfText(DocumentIndex.Field, Field);
        }

        if (IssueDate is { } issue)
        {
            yield return ContentIndexValue.OfDate(DocumentIndex.IssueDate, DocumentIndex.Day(issue));
            yield return ContentIndexValue.OfText(DocumentIndex.Year, issue.Year.ToString(CultureInfo.InvariantCulture));
            yield return ContentIndexValue.OfDate(DocumentIndex.EffectiveDate, DocumentIndex.Day(EffectiveDate ?? issue));
        }

        if (ExpiryDate is { } expiry)
        {
            yield return ContentIndexValue.OfDate(DocumentIndex.ExpiryDate, DocumentIndex.Day(expiry));
        }

        foreach (var relation in Replaces)
        {
            yield return ContentIndexValue.OfText(DocumentIndex.Replaces, relation);
        }

        foreach (var relation in Amends)
        {
            yield return ContentIndexValue.OfText(DocumentIndex.Amends, relation);
        }

        foreach (var relation in Implements)
        {
            yield return ContentIndexValue.OfText(DocumentIndex.Implements, relation);
        }
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
