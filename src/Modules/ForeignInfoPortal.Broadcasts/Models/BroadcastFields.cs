using ForeignInfoPortal.Core.Text;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ForeignInfoPortal.Broadcasts.Services;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>
/// The fields of a broadcast: a radio programme, a local radio news page or a TV special. Title, summary,
/// featured image, producing unit and culture are the common metadata of every content item.
/// </summary>
public sealed class BroadcastFields : IContentFields, IValidatableObject
{
    public const int SeriesMaxLength = 200;
    public const int ChannelMaxLength = 50;
    public const int VideoUrlMaxLength = 500;

    /// <summary>The configuration key of the media size limit in megabytes (default <see cref="DefaultMaxMediaMegabytes"/>).</summary>
    public const string MaxMediaMegabytesSetting = "Portal:Broadcasts:MaxMediaMegabytes";

    public const int DefaultMaxMediaMegabytes = 200;

    /// <summary>One of <see cref="BroadcastKinds"/>; the subtype the reports group by.</summary>
    [Display(Name = "Loại chương trình")]
    [Required(ErrorMessage = "Vui lòng chọn loại chương trình.")]
    [BroadcastKind]
    public string Kind { get; set; } = "";

    /// <summary>The programme or series it belongs to ("Thông tin đối ngoại", "Bắc Kạn – điểm đến").</summary>
    [Display(Name = "Tên chương trình, chuyên mục")]
    [StringLength(SeriesMaxLength, ErrorMessage = "Tên chương trình, chuyên mục tối đa 200 ký tự.")]
    public string? Series { get; set; }

    /// <summary>The code of a channel in the module's settings (<c>BroadcastsSettings.Channels</c>).</summary>
    [Display(Name = "Kênh phát sóng")]
    [StringLength(ChannelMaxLength, ErrorMessage = "Mã kênh phát sóng tối đa 50 ký tự.")]
    public string? Channel { get; set; }

    /// <summary>When it went on air, in UTC (the editor types Vietnam time).</summary>
    [Display(Name = "Ngày giờ phát sóng")]
    [Required(ErrorMessage = "Vui lòng nhập ngày giờ phát sóng.")]
    [ModelBinder(typeof(VietnamLocalTimeBinder))]
    [JsonConverter(typeof(UtcInstantJsonConverter))]
    public DateTime? AirDate { get; set; }

    /// <summary>The length in seconds; the editor types "12:30" or "1:05:00".</summary>
    [Display(Name = "Thời lượng")]
    [Range(1, BroadcastDuration.MaxSeconds, ErrorMessage = "Thời lượng phải từ 1 giây đến 24 giờ.")]
    [ModelBinder(typeof(DurationBinder))]
    [JsonConverter(typeof(DurationJsonConverter))]
    public int? Duration { get; set; }

    /// <summary>The transcript or running order as rich text HTML; sanitised in <see cref="Normalize"/>.</summary>
    [Display(Name = "Nội dung, lời bình")]
    public string? Transcript { get; set; }

    /// <summary>The uploaded audio or video; required for radio kinds, or a <see cref="VideoUrl"/> for a TV special.</summary>
    [Display(Name = "Tệp âm thanh hoặc video")]
    [ContentFile(FileKind.Audio | FileKind.Video, MaxMegabytesSetting = MaxMediaMegabytesSetting)]
    [MediaForKind]
    public ContentFileReference? Media { get; set; }

    /// <summary>Captions of the audio or video in WebVTT, shown by the player as a captions track (a video's, in browsers).</summary>
    [Display(Name = "Phụ đề (WebVTT)")]
    [ContentFile(FileKind.WebVtt)]
    public ContentFileReference? Captions { get; set; }

    /// <summary>An external video (the station's own page, a video platform), https only; shown as a link.</summary>
    [Display(Name = "Đường dẫn video bên ngoài")]
    [StringLength(VideoUrlMaxLength, ErrorMessage = "Đường dẫn video tối đa 500 ký tự.")]
    [HttpsUrl]
    public string? VideoUrl { get; set; }

    /// <summary>Free keywords; the editor posts them as one comma-separated text.</summary>
    [Display(Name = "Từ khóa")]
    [ModelBinder(typeof(CommaSeparatedTagsBinder))]
    public List<string> Tags { get; set; } = [];

    string? IContentFields.Subtype => string.IsNullOrWhiteSpace(Kind) ? null : Kind;

    /// <summary>The values the lists filter and sort on: air date, channel, series and duration.</summary>
    public IEnumerable<ContentIndexValue> GetIndexValues()
    {
        yield return ContentIndexValue.OfDate(BroadcastIndex.AirDate, AirDate);
        if (Channel is not null)
        {
            yield return ContentIndexValue.OfText(BroadcastIndex.Channel, Channel);
        }

        if (Series is not null)
        {
            yield return ContentIndexValue.OfText(BroadcastIndex.Series, Series);
        }

        if (Duration is not null)
        {
            yield return ContentIndexValue.OfNumber(BroadcastIndex.Duration, Duration);
        }
    }

    /// <summary>Sanitises the transcript, trims the texts, folds the tags and keeps the air date in UTC.</summary>
    public void Normalize(ContentNormalizeContext context)
    {
        Kind = (Kind ?? "").Trim();
        Series = TrimToNull(Series);
        Channel = TrimToNull(Channel);
        VideoUrl = TrimToNull(VideoUrl);
        var transcript = context.Sanitizer.Sanitize(Transcript ?? "").Trim();
        Transcript = RichText.HasContent(transcript) ? transcript : null;
        Tags = Core.Text.Tags.Normalize(Tags);
        if (AirDate is { } air)
        {
            AirDate = DateTime.SpecifyKind(air, DateTimeKind.Utc);
        }
    }

    /// <summary>Checks the tags and that the channel is in the settings' list (runs once every property is valid).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var tags = Core.Text.Tags.Normalize(Tags);
        if (tags.Count > Core.Text.Tags.MaxCount || tags.Any(t => t.Length > Core.Text.Tags.MaxLength))
        {
            yield return new ValidationResult(
                $"Tối đa {Core.Text.Tags.MaxCount} từ khóa, mỗi từ khóa tối đa {Core.Text.Tags.MaxLength} ký tự.", [nameof(Tags)]);
        }

        // Without the service (fields checked outside the portal's container, as in a unit test) the list is not consulted.
        if (!string.IsNullOrWhiteSpace(Channel)
            && validationContext.GetService(typeof(BroadcastSettingsService)) is BroadcastSettingsService settings
            && !settings.ChannelExists(Channel.Trim()))
        {
            yield return new ValidationResult(BroadcastMessages.Channel, [nameof(Channel)]);
        }
    }

    private static string? TrimToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
