using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Tourism.Models;

namespace ForeignInfoPortal.Tourism.ViewModels;

/// <summary>The model of /du-lich/{slug}.</summary>
internal sealed record TourismDetailViewModel(
    ContentVersion Version, TourismFields Fields, string? WardName, IReadOnlyList<RelatedLink> RelatedNews,
    IReadOnlyList<TourismSummary> Others, string JsonLd);

/// <summary>A published item of another type that a site links to.</summary>
internal sealed record RelatedLink(string Title, string Url, DateTime? PublishedUtc);
