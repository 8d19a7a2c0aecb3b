using System.Text.Json;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Search;

/// <summary>What <c>/api/search/suggest</c> answers, read as the tests compare it.</summary>
internal static class SearchSuggestions
{
    /// <summary>Each suggestion's title and the type named beside it, in order.</summary>
    public static async Task<List<(string Title, string TypeName)>> ListAsync(PortalClient visitor, string path)
    {
        using var json = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri(path, UriKind.Relative)));
        return json.RootElement.EnumerateArray().Select(s => (s.GetProperty("title").GetString()!, s.GetProperty("typeName").GetString()!)).ToList();
    }

    /// <summary>The type named beside one suggested title.</summary>
    public static async Task<string> TypeOfAsync(PortalClient visitor, string path, string title) =>
        (await ListAsync(visitor, path)).Single(s => s.Title == title).TypeName;
}
