using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Media;

/// <summary>A fields property that holds one library picture or a list of them.</summary>
public sealed record ContentMediaProperty(PropertyInfo Property, bool IsList, ContentMediaAttribute? Attribute)
{
    public string Name => Property.Name;

    /// <summary>How many pictures the property may hold.</summary>
    public int Max => Attribute?.Max ?? (IsList ? int.MaxValue : 1);

    /// <summary>The references the property holds on <paramref name="fields"/> (none when null).</summary>
    public IReadOnlyList<ContentMediaReference> Read(object fields) => Property.GetValue(fields) switch
    {
        ContentMediaReference one => [one],
        IEnumerable<ContentMediaReference> many => many.Where(r => r is not null).ToList(),
        _ => [],
    };
}

/// <summary>Finds the library pictures in a content type's fields by reflection (cached per type), as <c>ContentFileFields</c> does for files.</summary>
public static class ContentMediaFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ContentMediaProperty>> Cache = new();

    public static IReadOnlyList<ContentMediaProperty> Properties(Type fieldsType) => Cache.GetOrAdd(fieldsType, static type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => p.PropertyType == typeof(ContentMediaReference)
                ? new ContentMediaProperty(p, IsList: false, p.GetCustomAttribute<ContentMediaAttribute>())
                : p.PropertyType == typeof(List<ContentMediaReference>)
                    ? new ContentMediaProperty(p, IsList: true, p.GetCustomAttribute<ContentMediaAttribute>())
                    : null)
            .OfType<ContentMediaProperty>()
            .ToList());

    /// <summary>Every reference in <paramref name="fields"/>, with the property that holds it.</summary>
    public static IEnumerable<(ContentMediaProperty Property, ContentMediaReference Reference)> References(object fields) =>
        Properties(fields.GetType()).SelectMany(p => p.Read(fields).Select(r => (p, r)));
}

/// <summary>
/// How uses of library pictures are kept in the content index: one <c>media</c> entry per picture a version uses —
/// in a <see cref="ContentMediaReference"/> field, as its featured image, or as an <c>/anh/…</c> address inside its
/// text (rich text bodies) — so "where is this picture used" and "may it be deleted" are one indexed query.
/// </summary>
public static partial class ContentMediaIndex
{
    /// <summary>The index entry name; its text is the picture's id in "N" format.</summary>
    public const string Name = "media";

    /// <summary>The entries of a version with <paramref name="fields"/>, their JSON <paramref name="data"/> and <paramref name="featuredImage"/>.</summary>
    public static IEnumerable<ContentIndexValue> Values(IContentFields fields, string data, string? featuredImage) =>
        ContentMediaFields.References(fields).Select(r => r.Reference.MediaId)
            .Where(id => id != Guid.Empty)
            .Select(id => id.ToString("N"))
            .Concat(Addresses(data))
            .Concat(Addresses(featuredImage))
            .Distinct(StringComparer.Ordinal)
            .Select(id => ContentIndexValue.OfText(Name, id));

    /// <summary>The ids of the library addresses (<c>/anh/{id}/…</c>) inside <paramref name="text"/>.</summary>
    public static IEnumerable<string> Addresses(string? text) =>
        string.IsNullOrEmpty(text) ? [] : AddressPattern().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant());

    [GeneratedRegex(@"/anh/([0-9a-fA-F]{32})(?![0-9a-fA-F])")]
    private static partial Regex AddressPattern();
}

/// <summary>
/// Refreshes the library pictures a save refers to (size, name, default alt text and caption) and reports fields
/// with more pictures than allowed. The content manager calls every registered resolver while it validates a save;
/// the Media module provides one (without it, references are kept as posted); it refuses a picture that is not in the
/// library.
/// </summary>
public interface IContentMediaResolver
{
    /// <summary>Resolves the pictures in <paramref name="fields"/> (already normalised); <paramref name="fail"/> records an error for a field key ("Fields.Gallery").</summary>
    Task ResolveAsync(IContentFields fields, Action<string, string> fail, CancellationToken cancellationToken);
}
