using System.Globalization;
using System.Text;

namespace ForeignInfoPortal.Core.Text;

/// <summary>Vietnamese-aware text helpers: folding diacritics and making URL slugs.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Removes tone marks and other diacritics and maps đ/Đ to d/D ("Đền Cô" → "Den Co").
    /// The input is normalised first, so precomposed and combining forms fold alike.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = Normalizable(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ => c,
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Puts text in the one form search compares: NFC, and the tone mark of a syllable ending in "oa", "oe" or
    /// "uy" on its second vowel, so the old and new placements ("hòa"/"hoà", "thủy"/"thuỷ") are the same word.
    /// </summary>
    public static string NormalizeTones(string text)
    {
        var decomposed = Normalizable(text).Normalize(NormalizationForm.FormD);
        var chars = decomposed.ToCharArray();
        for (var i = 0; i + 2 < chars.Length; i++)
        {
            // first vowel + tone mark + second vowel, at the end of the word: swap the mark onto the second vowel.
            if (IsPair(chars[i], chars[i + 2]) && IsToneMark(chars[i + 1])
                && (i + 3 == chars.Length || !IsWordChar(chars[i + 3])))
            {
                (chars[i + 1], chars[i + 2]) = (chars[i + 2], chars[i + 1]);
                i += 2;
            }
        }

        return new string(chars).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Folds one character of NFC text the way <see cref="Fold"/> folds text ("ộ" → "o", "Đ" → "D"), keeping
    /// positions: a highlighter can find a folded match and mark the same span of the original.
    /// </summary>
    public static char FoldChar(char c) => c switch
    {
        < (char)0x80 => c,
        < (char)0x300 => LatinFolds[c],
        >= (char)0x1E00 and < (char)0x1F00 => LatinExtendedAdditionalFolds[c - 0x1E00],
        _ => FoldOne(c),
    };

    // Vietnamese letters lie in Latin-1, Latin Extended-A/B and Latin Extended Additional (ạ…ỹ): their folds are
    // worked out once, because a highlighter folds every letter of every snippet it shows.
    private static readonly char[] LatinFolds = FoldRange(0, 0x300);
    private static readonly char[] LatinExtendedAdditionalFolds = FoldRange(0x1E00, 0x100);

    private static char[] FoldRange(int first, int count) =>
        Enumerable.Range(first, count).Select(c => FoldOne((char)c)).ToArray();

    private static char FoldOne(char c)
    {
        if (char.IsSurrogate(c) || c == '\uFFFE')
        {
            return c;
        }

        var folded = Fold(c.ToString());
        return folded.Length == 1 ? folded[0] : c;
    }

    // Normalize throws on a lone surrogate or U+FFFE, which pasted or posted text can hold: they become U+FFFD, so
    // folding such text (for the index or a highlight) never fails.
    private static string Normalizable(string text)
    {
        var chars = (char[]?)null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a whole pair: a character outside the basic plane
            }
            else if (text[i] == '\uFFFE' || char.IsSurrogate(text[i]))
            {
                (chars ??= text.ToCharArray())[i] = '\uFFFD';
            }
        }

        return chars is null ? text : new string(chars);
    }

    private static bool IsPair(char first, char second) => (char.ToLowerInvariant(first), char.ToLowerInvariant(second)) switch
    {
        ('o', 'a') or ('o', 'e') or ('u', 'y') => true,
        _ => false,
    };

    // The five tone marks; the circumflex, breve and horn are letters' own marks and never move.
    private static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// Makes a lower-case ASCII slug: "Lễ hội Xuân phường Xuất Hóa" → "le-hoi-xuan-phuong-xuat-hoa".
    /// Returns an empty string when nothing usable remains.
    /// </summary>
    public static string Slugify(string text, int maxLength = 120)
    {
        var folded = Fold(text).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }

        return slug;
    }

    /// <summary>True when the value is already a slug this helper would produce.</summary>
    public static bool IsSlug(string value) => value.Length > 0 && Slugify(value) == value;
}
