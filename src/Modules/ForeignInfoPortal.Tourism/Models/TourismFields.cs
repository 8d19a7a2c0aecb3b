using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Core.Web;
using ForeignInfoPortal.Tourism.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Tourism.Models;

/// <summary>
/// The fields of a tourism site or event (điểm đến, lễ hội): a temple, a cave, a lake, a festival... Title, summary,
/// featured image, unit and culture are the common metadata of every content item and are not repeated here.
/// </summary>
public sealed class TourismFields : IContentFields, IValidatableObject
{
    public const int ShortTextMaxLength = 300;
    public const int MediumTextMaxLength = 1000;
    public const int LongTextMaxLength = 3000;
    public const int MaxGallery = 30;
    public const int MaxRelatedNews = 10;

    /// <summary>One of <see cref="TourismKinds"/>; the content subtype.</summary>
    [Display(Name = "Loại điểm đến")]
    [Required(ErrorMessage = "Vui lòng chọn loại điểm đến.")]
    [TourismKind]
    public string Kind { get; set; } = "";

    /// <summary>The site's story (history, legend, what to see) as rich text HTML; sanitised in <see cref="Normalize"/>.</summary>
    [Display(Name = "Giới thiệu, câu chuyện")]
    [RichTextRequired(ErrorMessage = "Vui lòng nhập phần giới thiệu, câu chuyện của điểm đến.")]
    public string Story { get; set; } = "";

    [Display(Name = "Địa chỉ")]
    [StringLength(ShortTextMaxLength, ErrorMessage = "Địa chỉ tối đa 300 ký tự.")]
    public string? Address { get; set; }

    /// <summary>The code of a unit of kind Ward or Commune (the city's phường, xã are kept as units).</summary>
    [Display(Name = "Phường, xã")]
    public string? Ward { get; set; }

    /// <summary>WGS 84 latitude in degrees; with <see cref="Longitude"/> or not at all.</summary>
    [Display(Name = "Vĩ độ")]
    [ModelBinder(typeof(CoordinateBinder))]
    [Range(-90d, 90d, ErrorMessage = TourismMessages.Latitude)]
    [CoordinatePair]
    public double? Latitude { get; set; }

    /// <summary>WGS 84 longitude in degrees.</summary>
    [Display(Name = "Kinh độ")]
    [ModelBinder(typeof(CoordinateBinder))]
    [Range(-180d, 180d, ErrorMessage = TourismMessages.Longitude)]
    [CoordinatePair]
    public double? Longitude { get; set; }

    [Display(Name = "Giờ mở cửa")]
    [StringLength(ShortTextMaxLength, ErrorMessage = "Giờ mở cửa tối đa 300 ký tự.")]
    public string? OpeningHours { get; set; }

    [Display(Name = "Giá vé, phí")]
    [StringLength(ShortTextMaxLength, ErrorMessage = "Giá vé, phí tối đa 300 ký tự.")]
    public string? Fees { get; set; }

    [Display(Name = "Thời điểm nên đến")]
    [StringLength(ShortTextMaxLength, ErrorMessage = "Thời điểm nên đến tối đa 300 ký tự.")]
    public string? BestSeason { get; set; }

    /// <summary>Directions as plain text; line breaks are kept on the page.</summary>
    [Display(Name = "Cách đi")]
    [StringLength(LongTextMaxLength, ErrorMessage = "Cách đi tối đa 3.000 ký tự.")]
    public string? HowToGetThere { get; set; }

    /// <summary>Who to call or write to (the site's board, the ward's culture officer), plain text.</summary>
    [Display(Name = "Liên hệ")]
    [StringLength(MediumTextMaxLength, ErrorMessage = "Liên hệ tối đa 1.000 ký tự.")]
    public string? Contacts { get; set; }

    /// <summary>When an event starts, with its offset (Vietnam time); required for a festival.</summary>
    [Display(Name = "Bắt đầu")]
    [ModelBinder(typeof(VietnamLocalTimeBinder))]
    [FestivalStarts]
    public DateTimeOffset? Starts { get; set; }

    /// <summary>When an event ends; after <see cref="Starts"/>.</summary>
    [Display(Name = "Kết thúc")]
    [ModelBinder(typeof(VietnamLocalTimeBinder))]
    [EndsAfterStart]
    public DateTimeOffset? Ends { get; set; }

    /// <summary>Pictures from the media library, in display order.</summary>
    [Display(Name = "Bộ ảnh")]
    [ContentMedia(Max = MaxGallery)]
    [MaxLength(MaxGallery, ErrorMessage = TourismMessages.Gallery)]
    public List<ContentMediaReference> Gallery { get; set; } = [];

    /// <summary>Slugs of news items about the site (the News type); the editor posts them as one comma-separated text.</summary>
    [Display(Name = "Tin liên quan")]
    [ModelBinder(typeof(SlugListBinder))]
    [MaxLength(MaxRelatedNews, ErrorMessage = TourismMessages.RelatedNewsCount)]
    public List<string> RelatedNews { get; set; } = [];

    string? IContentFields.Subtype => string.IsNullOrWhiteSpace(Kind) ? null : Kind;

    /// <summary>Whether the item is an event (has dates): a festival, or any kind given a start.</summary>
    [JsonIgnore]
    public bool IsEvent => Kind == TourismKinds.Festival || Starts is not null;

    /// <summary>
    /// The ward, the map point and, for an event, its dates; the end falls back to the start so "still on" is one comparison.
    /// </summary>
    public IEnumerable<ContentIndexValue> GetIndexValues()
    {
        if (Ward is not null)
        {
            yield return ContentIndexValue.OfText(TourismIndex.Ward, Ward);
        }

        if (Latitude is { } lat && Longitude is { } lng)
        {
            yield return ContentIndexValue.OfNumber(TourismIndex.Latitude, (decimal)lat);
            yield return ContentIndexValue.OfNumber(TourismIndex.Longitude, (decimal)lng);
        }

        if (Starts is { } starts)
        {
            yield return ContentIndexValue.OfDate(TourismIndex.Starts, starts.UtcDateTime);
            yield return ContentIndexValue.OfDate(TourismIndex.Ends, (Ends ?? starts).UtcDateTime);
        }
    }

    /// <summary>Sanitises the story, trims the texts, keeps dates in Vietnam time and drops empty gallery rows.</summary>
    public void Normalize(ContentNormalizeContext context)
    {
        Kind = (Kind ?? "").Trim();
        Story = context.Sanitizer.Sanitize(Story ?? "").Trim();
        Address = TrimToNull(Address);
        Ward = TrimToNull(Ward);
        OpeningHours = TrimToNull(OpeningHours);
        Fees = TrimToNull(Fees);
        BestSeason = TrimToNull(BestSeason);
        HowToGetThere = TrimToNull(HowToGetThere);
        Contacts = TrimToNull(Contacts);
        Starts = Starts is { } s ? VietnamTime.ToOffset(s.UtcDateTime) : null;
        Ends = Ends is { } e ? VietnamTime.ToOffset(e.UtcDateTime) : null;
        Gallery = (Gallery ?? []).Where(g => g is not null && g.MediaId != Guid.Empty).ToList();
        RelatedNews = (RelatedNews ?? []).Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Checks that the ward and the related news exist (runs once every property is valid).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Without the service (fields checked outside the portal's container) the lookups are skipped.
        if (validationContext.GetService(typeof(TourismLookups)) is not TourismLookups lookups)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(Ward) && !lookups.WardExists(Ward.Trim()))
        {
            yield return new ValidationResult(TourismMessages.Ward, [nameof(Ward)]);
        }

        var missing = lookups.MissingNews(RelatedNews.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).ToList());
        if (missing.Count > 0)
        {
            yield return new ValidationResult($"Không tìm thấy tin có đường dẫn: {string.Join(", ", missing)}.", [nameof(RelatedNews)]);
        }
    }

    private static string? TrimToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
