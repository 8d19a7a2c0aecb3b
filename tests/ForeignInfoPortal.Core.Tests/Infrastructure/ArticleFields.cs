using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Tests.Infrastructure;

/// <summary>A content type for the core's tests, shaped like a real one.</summary>
public sealed class ArticleFields : IContentFields
{
    [Required(ErrorMessage = "Vui lòng nhập nội dung.")]
    public string? Body { get; set; }

    public string? Kind { get; set; }

    public string? Topic { get; set; }

    public DateTime? EventDate { get; set; }

    string? IContentFields.Subtype => Kind;

    IEnumerable<ContentIndexValue> IContentFields.GetIndexValues() =>
        [ContentIndexValue.OfText("topic", Topic), ContentIndexValue.OfDate("eventDate", EventDate)];

    string? IContentFields.Category => Topic;

    void IContentFields.Normalize(ContentNormalizeContext context) =>
        Body = string.IsNullOrWhiteSpace(Body) ? null : NullIfEmpty(context.Sanitizer.Sanitize(Body));

    private static string? NullIfEmpty(string html) => string.IsNullOrWhiteSpace(html) ? null : html;

    public static ContentInput Input(string title, string body = "<p>Nội dung</p>", string? slug = null, string culture = "vi") => new()
    {
        Title = title,
        Slug = slug,
        Culture = culture,
        Fields = new ArticleFields { Body = body },
    };
}
