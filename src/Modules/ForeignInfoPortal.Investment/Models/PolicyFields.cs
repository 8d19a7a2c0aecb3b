using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Investment.Models;

/// <summary>
/// An investment policy or incentive (chính sách, ưu đãi đầu tư): what investors get, on what legal basis.
/// Title, summary and culture are the common metadata.
/// </summary>
public sealed class PolicyFields : IContentFields, IValidatableObject
{
    /// <summary>The policy as rich text; sanitised in <see cref="Normalize"/>.</summary>
    [Display(Name = "Nội dung chính sách")]
    public string Body { get; set; } = "";

    /// <summary>The code of a sector of <see cref="InvestmentCatalog.Fields"/>; empty for a policy of every sector.</summary>
    [Display(Name = "Lĩnh vực")]
    public string? Field { get; set; }

    /// <summary>Căn cứ pháp lý as written ("Nghị định 31/2021/NĐ-CP; Nghị quyết … của HĐND tỉnh").</summary>
    [Display(Name = "Căn cứ pháp lý")]
    [StringLength(500, ErrorMessage = "Căn cứ pháp lý tối đa 500 ký tự.")]
    public string? LegalBasis { get; set; }

    /// <summary>The policy's documents: PDF, DOC/DOCX, XLS/XLSX, ODT.</summary>
    [Display(Name = "Tệp đính kèm")]
    [ContentFile(FileKind.Document)]
    public List<ContentFileReference> Attachments { get; set; } = [];

    public void Normalize(ContentNormalizeContext context)
    {
        Body = context.Sanitizer.Sanitize(Body ?? "").Trim();
        Field = InvestmentText.Code(Field);
        LegalBasis = InvestmentText.Clean(LegalBasis);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!RichText.HasContent(Body))
        {
            yield return new ValidationResult("Vui lòng nhập nội dung chính sách.", [nameof(Body)]);
        }

        if (Field is not null && !InvestmentCatalog.Contains(InvestmentCatalog.Fields, Field))
        {
            yield return new ValidationResult($"Lĩnh vực \"{Field}\" không có trong danh mục.", [nameof(Field)]);
        }
    }

    public IEnumerable<ContentIndexValue> GetIndexValues()
    {
        if (Field is not null)
        {
            yield return ContentIndexValue.OfText(InvestmentIndex.Field, Field);
        }
    }
}
