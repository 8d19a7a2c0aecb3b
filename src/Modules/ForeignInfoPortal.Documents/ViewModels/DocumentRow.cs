using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Documents.Models;

namespace ForeignInfoPortal.Documents.ViewModels;

/// <summary>A document as lists show it.</summary>
internal sealed record DocumentRow(
    string Title, string Slug, string? Number, string? TypeName, DateOnly? IssueDate, CultureText? IssuerName, LegalStatus Status)
{
    public string Url => DocumentsUrls.Item(Slug);
}

/// <summary>One page of the library.</summary>
internal sealed record DocumentsPage(IReadOnlyList<DocumentRow> Items, int Page, int PageCount, int Total);

/// <summary>A published document that points at another one (replaces or amends it).</summary>
internal sealed record IncomingRelation(string Kind, string Target, string Title, string Slug, string? Number, DateOnly? EffectiveDate)
{
    public string Url => DocumentsUrls.Item(Slug);
}

/// <summary>A related document as the detail page lists it: a link when it is in the portal, the number otherwise.</summary>
internal sealed record RelationLink(string Number, string? Title, string? Url);
