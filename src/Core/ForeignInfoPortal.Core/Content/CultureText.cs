namespace ForeignInfoPortal.Core.Content;

/// <summary>A text and the culture it is written in, so a page in another culture can mark it (<c>lang</c>).</summary>
public sealed record CultureText(string Text, string Culture)
{
    /// <summary>The <c>lang</c> attribute the text needs on a page of <paramref name="pageCulture"/>: null when they agree.</summary>
    public string? LangOn(string pageCulture) => Culture == pageCulture ? null : Culture;

    public override string ToString() => Text;
}
