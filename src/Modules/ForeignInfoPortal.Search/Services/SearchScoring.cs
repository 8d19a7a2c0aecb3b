namespace ForeignInfoPortal.Search.Services;

/// <summary>The ranking constants both engines apply, kept in one place so their orders agree.</summary>
internal static class SearchScoring
{
    /// <summary>Every word found as written (with its diacritics), when the query has diacritics.</summary>
    public const double ExactBonus = 2.0;

    /// <summary>The words found next to each other, in order.</summary>
    public const double PhraseBonus = 1.5;

    /// <summary>The item's own number and symbol holds the numbers or symbols typed (not a document that cites it).</summary>
    public const double IdentifierBonus = 3.0;

    /// <summary>Items an editor pinned.</summary>
    public const double PinnedBonus = 1.5;
}
