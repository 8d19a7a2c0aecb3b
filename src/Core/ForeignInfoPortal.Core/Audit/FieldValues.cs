using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Core.Audit;

/// <summary>
/// Compares two objects of one class property by property (a type's content fields, a settings document) and
/// writes each value as people read it: rich text as its words, files and pictures by name, dates in Vietnam time,
/// numbers the Vietnamese way. Labels come from <see cref="DisplayAttribute"/>, else the property's name.
/// </summary>
public static partial class FieldValues
{
    /// <summary>Parts of a property name that mark a secret (see <see cref="IsSecret"/>).</summary>
    public static readonly IReadOnlyList<string> SecretNameParts =
        ["password", "passwd", "pwd", "passphrase", "secret", "token", "key", "credential", "connectionstring"];

    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>Every public read-write property of <paramref name="type"/>, before and after.</summary>
    /// <param name="type">The class both objects are (or derive from).</param>
    /// <param name="before">The old state; null when there was none.</param>
    /// <param name="after">The new state; null when there is none.</param>
    /// <param name="keyPrefix">Put before each key ("fields." for a content type's own fields).</param>
    /// <param name="skip">JSON names to leave out (those a caller shows itself).</param>
    public static IEnumerable<FieldDiff> Compare(Type type, object? before, object? after, string keyPrefix = "", ISet<string>? skip = null)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || !property.CanWrite || property.GetIndexParameters().Length > 0
                || property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always })
            {
                continue;
            }

            var name = JsonName(property);
            if (skip?.Contains(name) == true)
            {
                continue;
            }

            var label = Label(property);
            var old = before is null ? null : property.GetValue(before);
            var now = after is null ? null : property.GetValue(after);
            if (IsSecret(property.Name))
            {
                // A secret is never written into the trail; that it changed is enough.
                var same = string.Equals(Json(old), Json(now), StringComparison.Ordinal);
                yield return new FieldDiff(keyPrefix + name, label, old is null ? "" : "(ẩn)", now is null ? "" : same ? "(ẩn)" : "(ẩn, đã đổi)");
                continue;
            }

            yield return new FieldDiff(keyPrefix + name, label, Format(old), Format(now));
        }
    }

    /// <summary>A value as people read it; empty for nothing.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string text => LooksLikeHtml(text) ? TextOf(text) : text.Trim(),
        bool flag => flag ? "Có" : "Không",
        DateTime instant => VietnamTime.FormatDateAndTime(instant),
        DateTimeOffset instant => VietnamTime.FormatDateAndTime(instant.UtcDateTime),
        DateOnly day => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        int or long or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("#,##0", Numbers),
        decimal or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("#,##0.######", Numbers),
        Enum choice => EnumLabel(choice),
        ContentFileReference file => file.Name,
        ContentMediaReference picture => picture.Name,
        Guid id => id.ToString("N"),
        IEnumerable list => string.Join("; ", list.Cast<object?>().Select(Format).Where(v => v.Length > 0)),
        _ => Json(value),
    };

    /// <summary>The label of a property: its <see cref="DisplayAttribute"/> name, else the property's name.</summary>
    public static string Label(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.GetName() is { Length: > 0 } name ? name : property.Name;

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>
    /// True for a property whose value must never reach the trail: its name contains one of <see cref="SecretNameParts"/>
    /// (case-insensitive). Broad on purpose: hiding a harmless value ("Keywords") costs a line of the diff, showing a
    /// secret cannot be undone in an append-only trail.
    /// </summary>
    public static bool IsSecret(string name) => SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    private static string EnumLabel(Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? value.ToString();

    private static string Json(object? value) => value is null ? "" : JsonSerializer.Serialize(value, value.GetType(), ContentJson.Options);

    // Unlike PlainText.FromHtml (made for search, where a stray space costs nothing), inline tags join their text:
    // "đã <strong>sửa</strong>." must read "đã sửa." in a diff, not "đã sửa .", or every bolded word looks changed.
    private static string TextOf(string html) =>
        Whitespace().Replace(System.Net.WebUtility.HtmlDecode(Tag().Replace(BlockTag().Replace(html, " "), "")), " ").Trim();

    // Rich text is stored as sanitised HTML; a plain string with a stray "<" is not markup and stays as typed.
    private static bool LooksLikeHtml(string text) => text.Contains('<', StringComparison.Ordinal) && Tag().IsMatch(text);

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"</?(p|div|br|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th|figure|figcaption|hr)\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
