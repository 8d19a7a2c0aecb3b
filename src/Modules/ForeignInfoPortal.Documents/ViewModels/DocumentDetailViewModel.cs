using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Documents.Models;

namespace ForeignInfoPortal.Documents.ViewModels;

/// <summary>The model of /van-ban/{slug}.</summary>
internal sealed record DocumentDetailViewModel(
    ContentVersion Version,
    DocumentFields Fields,
    LegalStatus Status,
    CultureText? IssuerName,
    CultureText? FieldName,
    IReadOnlyList<RelationLink> Replaces,
    IReadOnlyList<RelationLink> Amends,
    IReadOnlyList<RelationLink> Implements,
    IReadOnlyList<IncomingRelation> ReplacedBy,
    IReadOnlyList<IncomingRelation> AmendedBy)
{
    public string? TypeName => DocumentTypes.NameOf(Fields.DocumentType);

    /// <summary>The trích yếu: the full one when the editor gave it, else the title.</summary>
    public string Abstract => Fields.Abstract ?? Version.Title;
}
