using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ForeignInfoPortal.News.ViewModels;

/// <summary>What a list tells its news card: whether it is the lead, whose picture is in view when the page opens.</summary>
internal static class NewsCards
{
    public const string Lead = "NewsCardLead";

    public static ViewDataDictionary For(ViewDataDictionary viewData, bool lead) => new(viewData) { [Lead] = lead };
}
