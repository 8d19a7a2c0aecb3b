using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Pages.Services;

namespace ForeignInfoPortal.Pages.Models;

/// <summary>
/// A simple page of the city (giới thiệu, lịch sử, văn hóa, đơn vị hành chính, tổ chức bộ máy, liên hệ, người phát
/// ngôn). Title, slug, summary, featured image, unit and culture are the common metadata of every content item.
/// </summary>
public sealed class PageFields : IContentFields, IValidatableObject
{
    public const int MaxSpokespeople = 10;

    /// <summary>The page as rich text; sanitised in <see cref="Normalize"/>.</summary>
    [Display(Name = "Nội dung trang")]
    public string Body { get; set; } = "";

    /// <summary>The slug of the parent page (same culture); empty for a top-level page. Cycles are refused.</summary>
    [Display(Name = "Trang cha")]
    public string? Parent { get; set; }

    /// <summary>The order among the parent's children (smaller first; then by title).</summary>
    [Display(Name = "Thứ tự trong mục")]
    [Range(0, 9999, ErrorMessage = "Thứ tự phải là số từ 0 đến 9.999.")]
    public int SortOrder { get; set; }

    /// <summary>Người phát ngôn and people authorised to speak for the body, shown on the page as contact cards.</summary>
    [Display(Name = "Người phát ngôn, cung cấp thông tin")]
    public List<PageContact> Spokespeople { get; set; } = [];

    public void Normalize(ContentNormalizeContext context)
    {
        Body = context.Sanitizer.Sanitize(Body ?? "").Trim();
        Parent = string.IsNullOrWhiteSpace(Parent) ? null : Parent.Trim().ToLowerInvariant();

        // The editor always offers one empty card more than are stored: empty cards are dropped, not refused.
        Spokespeople = (Spokespeople ?? []).Where(p => p is not null).Select(p => p.Cleaned()).Where(p => !p.IsEmpty).ToList();
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!RichText.HasContent(Body) && Spokespeople.Count == 0)
        {
            yield return new ValidationResult("Vui lòng nhập nội dung trang.", [nameof(Body)]);
        }

        if (Spokespeople.Count > MaxSpokespeople)
        {
            yield return new ValidationResult($"Tối đa {MaxSpokespeople} người phát ngôn trên một trang.", [nameof(Spokespeople)]);
        }

        for (var i = 0; i < Spokespeople.Count; i++)
        {
            foreach (var (member, message) in Spokespeople[i].Check())
            {
                yield return new ValidationResult(message, [$"{nameof(Spokespeople)}[{i}].{member}"]);
            }
        }

        // Without the portal's services (fields validated in a unit test) the parent is not looked up.
        if (Parent is not null && validationContext.GetService(typeof(Core.Data.PortalDbContext)) is Core.Data.PortalDbContext db)
        {
            var itemId = validationContext.Items.TryGetValue(ContentValidationItems.ContentItemId, out var id) && id is int n ? n : 0;
            var culture = validationContext.Items.TryGetValue(ContentValidationItems.Culture, out var c) && c is string s ? s : PortalCultures.Vietnamese;
            if (PageTree.CheckParent(db, culture, itemId, Parent) is { } error)
            {
                yield return new ValidationResult(error, [nameof(Parent)]);
            }
        }
    }

    public IEnumerable<ContentIndexValue> GetIndexValues()
    {
        if (Parent is not null)
        {
            yield return ContentIndexValue.OfText(PageIndex.Parent, Parent);
        }

        yield return ContentIndexValue.OfNumber(PageIndex.SortOrder, SortOrder);
    }
}
