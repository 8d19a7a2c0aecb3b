using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Taxonomy;
using ForeignInfoPortal.News.Models;

namespace ForeignInfoPortal.News.ViewModels;

/// <summary>The model of /tin-tuc/{slug}.</summary>
internal sealed record NewsDetailViewModel(ContentVersion Version, NewsFields Fields, Category? Category);
