using System.Text;

namespace ForeignInfoPortal.Core.Files;

/// <summary>Makes an uploaded name safe to keep and to send back: Vietnamese letters stay, paths and control characters go.</summary>
public static class FileNames
{
    public const int MaxLength = 255;

    public static string Normalize(string? name)
    {
        // Old browsers send the full client path ("C:\Users\...\Kế hoạch.pdf").
        var text = (name ?? "").Replace('\\', '/');
        text = text[(text.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) && c is not '"' and not '\u2028' and not '\u2029')
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (clean.Length > MaxLength)
        {
            var extension = Path.GetExtension(clean);
            extension = extension.Length is > 0 and <= 10 ? extension : "";
            clean = clean[..(MaxLength - extension.Length)].TrimEnd() + extension;
        }

        return clean.Length == 0 ? "tep" : clean;
    }
}
