namespace ForeignInfoPortal.Discovery.ViewModels;

/// <summary>The head tags of one page, every address absolute.</summary>
public sealed record PageHeadViewModel(
    string Title,
    string? Description,
    string? CanonicalUrl,
    string OgType,
    string? ImageUrl,
    string? ImageAlt,
    string? PublishedIso,
    string? ModifiedIso,
    string? Section,
    IReadOnlyList<string> Tags,
    string? JsonLd,
    bool IsArticle,
    IReadOnlyList<FeedLinkView> Feeds,
    IReadOnlyList<AlternateLinkView> Alternates);

/// <summary>An hreflang link: a culture ("vi", "en", or "x-default") and the page's absolute address in it.</summary>
public sealed record AlternateLinkView(string Language, string Url);

public sealed record FeedLinkView(string Type, string Title, string Url);

/// <summary>The share and print bar under an article.</summary>
public sealed record ShareBarViewModel(string Url, string FacebookUrl, string ZaloUrl, string? PublishedDate);
