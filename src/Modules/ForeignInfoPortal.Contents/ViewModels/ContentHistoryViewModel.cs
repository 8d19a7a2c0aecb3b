using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Contents.ViewModels;

/// <summary>Every saved version of an item, newest first.</summary>
public sealed record ContentHistoryViewModel(ContentTypeDefinition Type, int Id, IReadOnlyList<ContentHistoryRow> Versions);

public sealed record ContentHistoryRow(int Number, string Title, string? SavedBy, DateTime SavedUtc, bool IsPublished, bool IsLatest);
