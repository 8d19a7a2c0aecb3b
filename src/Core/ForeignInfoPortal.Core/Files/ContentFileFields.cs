using System.Collections.Concurrent;
using System.Reflection;

namespace ForeignInfoPortal.Core.Files;

/// <summary>A fields property that holds one file (<see cref="ContentFileReference"/>) or several (a list of them).</summary>
public sealed record ContentFileProperty(PropertyInfo Property, bool IsList, ContentFileAttribute? Attribute)
{
    public string Name => Property.Name;

    /// <summary>The references the property holds on <paramref name="fields"/> (none when null).</summary>
    public IEnumerable<ContentFileReference> Read(object fields) => Property.GetValue(fields) switch
    {
        ContentFileReference one => [one],
        IEnumerable<ContentFileReference> many => many.Where(r => r is not null),
        _ => [],
    };
}

/// <summary>Finds the file references in a content type's fields by reflection (cached per type).</summary>
public static class ContentFileFields
{
    /// <summary>The refusal of a file id that names no file the user may use: the same words whether it exists or not.</summary>
    public const string UnknownFile = "Tệp đính kèm không tồn tại.";

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ContentFileProperty>> Cache = new();

    /// <summary>The public properties of <paramref name="fieldsType"/> that hold file references.</summary>
    public static IReadOnlyList<ContentFileProperty> Properties(Type fieldsType) => Cache.GetOrAdd(fieldsType, static type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => p.PropertyType == typeof(ContentFileReference)
                ? new ContentFileProperty(p, IsList: false, p.GetCustomAttribute<ContentFileAttribute>())
                : p.PropertyType == typeof(List<ContentFileReference>)
                    ? new ContentFileProperty(p, IsList: true, p.GetCustomAttribute<ContentFileAttribute>())
                    : null)
            .OfType<ContentFileProperty>()
            .ToList());

    /// <summary>Every reference in <paramref name="fields"/>, with the property that holds it.</summary>
    public static IEnumerable<(ContentFileProperty Property, ContentFileReference Reference)> References(object fields) =>
        Properties(fields.GetType()).SelectMany(p => p.Read(fields).Select(r => (p, r)));
}
