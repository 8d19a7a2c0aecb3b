using ForeignInfoPortal.Documents.Models;

namespace ForeignInfoPortal.Documents.ViewModels;

/// <summary>The model of /van-ban.</summary>
internal sealed record DocumentListViewModel(DocumentsPage Page, DocumentListQuery Filter, DocumentsSettings Settings, IReadOnlyList<string> Years)
{
    public bool IsFiltered =>
        !string.IsNullOrWhiteSpace(Filter.Subtype) || !string.IsNullOrWhiteSpace(Filter.Issuer) || !string.IsNullOrWhiteSpace(Filter.Field)
        || !string.IsNullOrWhiteSpace(Filter.Year) || !string.IsNullOrWhiteSpace(Filter.Status);
}
