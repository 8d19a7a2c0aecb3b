using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Documents.Models;

/// <summary>
/// The lists documents choose from, kept in <c>ISettingsStore</c> under <see cref="Key"/>: issuing bodies, fields
/// (lĩnh vực) and signers with their positions. Nothing about the city is in the code: the setup recipe
/// (step "document-settings") and /admin/documents/settings fill them.
/// </summary>
public sealed class DocumentsSettings
{
    /// <summary>The settings key.</summary>
    public const string Key = "Documents";

    /// <summary>Cơ quan ban hành, in display order.</summary>
    public List<DocumentListEntry> IssuingBodies { get; set; } = [];

    /// <summary>Lĩnh vực, in display order.</summary>
    public List<DocumentListEntry> Fields { get; set; } = [];

    /// <summary>Người ký and their positions, offered (not imposed) in the editor.</summary>
    public List<DocumentSigner> Signers { get; set; } = [];

    /// <summary>The issuing body of a code, or null.</summary>
    public DocumentListEntry? IssuingBody(string? code) => IssuingBodies.FirstOrDefault(b => b.Code == code);

    /// <summary>The name of an issuing body's code, or null.</summary>
    public string? IssuingBodyName(string? code) => IssuingBody(code)?.Name;

    /// <summary>The name of a field's code, or null.</summary>
    public string? FieldName(string? code) => Fields.FirstOrDefault(f => f.Code == code)?.Name;

    /// <summary>An issuing body as a page of the culture names it; the code itself when the list no longer has it.</summary>
    public CultureText? IssuingBodyNameIn(string? code, string culture) => NameIn(IssuingBodies, code, culture);

    /// <summary>A field as a page of the culture names it; the code itself when the list no longer has it.</summary>
    public CultureText? FieldNameIn(string? code, string culture) => NameIn(Fields, code, culture);

    private static CultureText? NameIn(List<DocumentListEntry> list, string? code, string culture) =>
        string.IsNullOrEmpty(code) ? null : list.FirstOrDefault(e => e.Code == code)?.NameIn(culture) ?? new CultureText(code, culture);
}

/// <summary>An entry of a settings list: a short code (used in URLs and stored on documents) and its name.</summary>
public sealed class DocumentListEntry
{
    /// <summary>Lower-case letters, digits and hyphens, e.g. "ubnd-tp".</summary>
    [Required(ErrorMessage = "Thiếu mã.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Thiếu tên.")]
    public string Name { get; set; } = "";

    /// <summary>The name on the English site; the Vietnamese one stands in when it is not given.</summary>
    [StringLength(200, ErrorMessage = "Tên tiếng Anh tối đa 200 ký tự.")]
    public string? NameEnglish { get; set; }

    /// <summary>The name as a page of the culture shows it, marked with the culture it is written in.</summary>
    public CultureText NameIn(string culture) =>
        culture == PortalCultures.English && !string.IsNullOrWhiteSpace(NameEnglish)
            ? new CultureText(NameEnglish, PortalCultures.English)
            : new CultureText(Name, PortalCultures.Vietnamese);
}

/// <summary>A signer as the settings list offers them.</summary>
public sealed class DocumentSigner
{
    [Required(ErrorMessage = "Thiếu họ và tên người ký.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Thiếu chức vụ người ký.")]
    public string Position { get; set; } = "";
}
