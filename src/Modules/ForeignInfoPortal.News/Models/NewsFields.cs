using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.News.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.News.Models;

/// <summary>
/// The fields of a news article (tin, bài viết). Title, summary (sapo), featured image, unit and culture are
/// the common metadata of every content item and are not repeated here.
/// </summary>
public sealed class NewsFields : IContentFields, IValidatableObject
{
    public const int AuthorMaxLength = 200;
    public const int SourceMaxLength = 300;
    public const int MaxTags = 10;
    public const int TagMaxLength = 50;

    /// <summary>The index entry of a featured article, so the home page's featured section is one indexed query.</summary>
    public const string FeaturedIndex = "featured";

    /// <summary>The article as rich text HTML; sanitised in <see cref="Normalize"/>, so what is stored is safe to render.</summary>
    [Display(Name = "Nội dung")]
    [RichTextRequired(ErrorMessage = "Vui lòng nhập nội dung bài viết.")]
    public string Body { get; set; } = "";

    /// <summary>The slug of one of the News categories.</summary>
    [Display(Name = "Chuyên mục")]
    [Required(ErrorMessage = "Vui lòng chọn chuyên mục.")]
    public string Category { get; set; } = "";

    /// <summary>Free keywords; the editor form posts them as one comma-separated text.</summary>
    [Display(Name = "Từ khóa")]
    [ModelBinder(typeof(CommaSeparatedTagsBinder))]
    [TagList]
    public List<string> Tags { get; set; } = [];

    [Display(Name = "Tác giả")]
    [StringLength(AuthorMaxLength, ErrorMessage = "Tác giả tối đa 200 ký tự.")]
    public string? Author { get; set; }

    /// <summary>Where the article comes from when it is not the portal's own (a newspaper, a unit).</summary>
    [Display(Name = "Nguồn tin")]
    [StringLength(SourceMaxLength, ErrorMessage = "Nguồn tin tối đa 300 ký tự.")]
    public string? Source { get; set; }

    /// <summary>
    /// Tin nổi bật: shown in the home page's featured section and pinned in search (ranked higher). Editors set it
    /// for the few articles the city wants seen first.
    /// </summary>
    [Display(Name = "Tin nổi bật")]
    public bool Featured { get; set; }

    string? IContentFields.Category => Category;

    public IEnumerable<ContentIndexValue> GetIndexValues() =>
        Featured ? [ContentIndexValue.OfText(FeaturedIndex, "1")] : [];

    /// <summary>Sanitises the body, trims the texts and folds the tags into a clean, de-duplicated list.</summary>
    public void Normalize(ContentNormalizeContext context)
    {
        Body = context.Sanitizer.Sanitize(Body ?? "").Trim();
        Category = (Category ?? "").Trim().ToLowerInvariant();
        Tags = Core.Text.Tags.Normalize(Tags);
        Author = TrimToNull(Author);
        Source = TrimToNull(Source);
    }

    /// <summary>Checks that the category exists (runs once every property is valid, as data annotations do).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The culture is common metadata, not a field, so the category is checked among the News categories
        // of every culture; the admin form offers only those of the item's culture. Without the service
        // (fields validated outside the portal's container, as in a unit test) the check is skipped.
        if (validationContext.GetService(typeof(NewsCategoryService)) is NewsCategoryService categories
            && !string.IsNullOrWhiteSpace(Category)
            && !categories.Exists(Category.Trim().ToLowerInvariant()))
        {
            yield return new ValidationResult("Chuyên mục không tồn tại.", [nameof(Category)]);
        }
    }

    private static string? TrimToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
