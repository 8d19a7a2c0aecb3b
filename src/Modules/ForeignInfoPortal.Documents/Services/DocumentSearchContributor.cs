using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Documents.Models;
using Microsoft.Extensions.Localization;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>
/// A document is found by its number and symbol (whole or by parts), the numbers of the documents it replaces,
/// amends or implements, its type and issuing body in words ("kế hoạch 64", in the document's language: the index
/// writer runs contributors in it), its signer and its text. The issuer facet keeps the list's Vietnamese name, which
/// <see cref="DocumentIssuerNames"/> names in the search page's culture.
/// </summary>
internal sealed class DocumentSearchContributor(ISettingsStore settings, IStringLocalizer<DocumentsStrings> text) : ISearchContributor
{
    public string ContentType => DocumentsModule.ContentType;

    public async Task ContributeAsync(SearchContributionContext context, CancellationToken cancellationToken)
    {
        var fields = (DocumentFields)context.Fields;
        var documents = await DocumentsSettingsReader.ReadAsync(settings, cancellationToken);
        var issuer = documents.IssuingBody(fields.IssuingBody);
        context.Issuer = issuer?.Name;
        context.Identifiers.Add(fields.NumberAndSymbol);

        // The documents this one refers to are found through it, but below the documents themselves.
        context.Text.Add(string.Join(", ", fields.Replaces.Concat(fields.Amends).Concat(fields.Implements)));
        context.Text.Add(DocumentTypes.NameOf(fields.DocumentType) is { } type ? text[type].Value : null);
        context.Text.Add(fields.NumberAndSymbol);
        context.Text.Add(issuer?.NameIn(context.Version.Culture).Text);
        context.Text.Add(fields.Abstract);
        context.Text.Add(fields.Signer);
        context.Text.Add(fields.FullText);
    }
}
