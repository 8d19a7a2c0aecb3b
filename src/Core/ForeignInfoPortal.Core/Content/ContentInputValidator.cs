using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Content;

/// <summary>The checked and cleaned common metadata of a save.</summary>
internal sealed record ValidContentInput(string Title, string Slug, string? Summary, string Culture);

/// <summary>
/// Checks a save before anything is written: common metadata, the slug's uniqueness per type and culture,
/// and the type's own fields (cleaned first, so that a body of nothing but a script counts as empty).
/// All errors are collected and reported together, keyed by field ("Title", "Fields.Body"). Fields that
/// implement <see cref="IValidatableObject"/> can resolve services (a category lookup) from the validation context.
/// </summary>
internal sealed class ContentInputValidator(PortalDbContext db, IHtmlSanitizer sanitizer, IServiceProvider services,
    IEnumerable<Media.IContentMediaResolver> mediaResolvers)
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 1000;
    public const int SlugMaxLength = 120;

    public async Task<ValidContentInput> ValidateAsync(ContentTypeDefinition definition, int itemId, ContentInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            list.Add(message);
        }

        var title = (input.Title ?? "").Trim();
        var summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        var culture = (input.Culture ?? "").Trim().ToLowerInvariant();
        if (title.Length == 0)
        {
            Fail(nameof(ContentInput.Title), "Vui lòng nhập tiêu đề.");
        }
        else if (title.Length > TitleMaxLength)
        {
            Fail(nameof(ContentInput.Title), $"Tiêu đề tối đa {TitleMaxLength} ký tự.");
        }

        if (summary?.Length > SummaryMaxLength)
        {
            Fail(nameof(ContentInput.Summary), $"Tóm tắt tối đa {SummaryMaxLength} ký tự.");
        }

        if (!PortalCultures.All.Contains(culture))
        {
            Fail(nameof(ContentInput.Culture), "Ngôn ngữ phải là tiếng Việt (vi) hoặc tiếng Anh (en).");
        }

        if (input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            Fail(nameof(ContentInput.UnitId), "Đơn vị không tồn tại.");
        }

        if (input.Fields.GetType() != definition.FieldsType)
        {
            throw new ArgumentException($"Fields of {definition.Name} must be {definition.FieldsType.Name}.", nameof(input));
        }

        input.Fields.Normalize(new ContentNormalizeContext(sanitizer));
        await HydrateFilesAsync(input.Fields, Fail, cancellationToken);
        foreach (var resolver in mediaResolvers)
        {
            await resolver.ResolveAsync(input.Fields, Fail, cancellationToken);
        }
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input.Fields, new ValidationContext(input.Fields, services, new Dictionary<object, object?>
        {
            [ContentValidationItems.ContentItemId] = itemId,
            [ContentValidationItems.Culture] = culture,
        }), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                Fail($"Fields.{member}".TrimEnd('.'), result.ErrorMessage ?? "Giá trị không hợp lệ.");
            }
        }

        var slug = await ResolveSlugAsync(definition.Name, itemId, culture, title, input.Slug, Fail, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        return new ValidContentInput(title, slug, summary, culture);
    }

    // Clients (API, recipes, the editor's hidden inputs) only name the file; what it is comes from its record.
    // FindAsync sees files stored earlier in the same unit of work (an upload saved with this change).
    private async Task HydrateFilesAsync(IContentFields fields, Action<string, string> fail, CancellationToken cancellationToken)
    {
        foreach (var (property, reference) in Files.ContentFileFields.References(fields))
        {
            var file = reference.FileId == Guid.Empty ? null : await db.Files.FindAsync([reference.FileId], cancellationToken);
            if (file is null)
            {
                fail($"Fields.{property.Name}", Files.ContentFileFields.UnknownFile);
                continue;
            }

            // A file chosen among those already stored must still be of a kind this field takes.
            if (property.Attribute is { } attribute && !attribute.Allowed.HasFlag(file.Kind))
            {
                fail($"Fields.{property.Name}",
                    $"Tệp \"{file.OriginalName}\" ({Files.FileKinds.Describe(file.Kind)}) không dùng được ở đây. Chỉ nhận các loại: {Files.FileKinds.Describe(attribute.Allowed)}.");
                continue;
            }

            reference.Name = file.OriginalName;
            reference.ContentType = file.ContentType;
            reference.Length = file.Length;
            reference.Sha256 = file.Sha256;
        }
    }

    private async Task<string> ResolveSlugAsync(string type, int itemId, string culture, string title, string? requested,
        Action<string, string> fail, CancellationToken cancellationToken)
    {
        var isExplicit = !string.IsNullOrWhiteSpace(requested);
        var slug = VietnameseText.Slugify(isExplicit ? requested! : title, SlugMaxLength);
        if (slug.Length == 0)
        {
            if (isExplicit || title.Length > 0)
            {
                fail(nameof(ContentInput.Slug), "Không tạo được đường dẫn: hãy dùng chữ cái hoặc chữ số.");
            }

            return "";
        }

        // Deleted items keep their slug: restoring them must not collide. The usual case, a free slug, is one
        // indexed equality lookup; the numbered variants are read only when the slug is taken.
        var others = db.ContentVersions
            .Where(v => v.ContentType == type && v.Culture == culture && v.ContentItemId != itemId && (v.IsLatest || v.IsPublished));
        if (!await others.AnyAsync(v => v.Slug == slug, cancellationToken))
        {
            return slug;
        }

        if (isExplicit)
        {
            fail(nameof(ContentInput.Slug), $"Đường dẫn \"{slug}\" đã được dùng cho nội dung khác cùng loại và ngôn ngữ.");
            return slug;
        }

        var taken = await others.Where(v => v.Slug.StartsWith(slug + "-")).Select(v => v.Slug).ToListAsync(cancellationToken);
        var suffix = 2;
        while (taken.Contains($"{slug}-{suffix}"))
        {
            suffix++;
        }

        return $"{slug}-{suffix}";
    }
}
