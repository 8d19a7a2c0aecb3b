using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Contents.ViewModels;

/// <summary>The missing-translations page: the type filter's choices, the chosen filters and the rows.</summary>
internal sealed record MissingTranslationsViewModel(
    IReadOnlyList<ContentTypeDefinition> Types, string? Type, string MissingCulture, MissingTranslationList List, bool TypeKnown);
