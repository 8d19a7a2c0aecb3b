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
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
