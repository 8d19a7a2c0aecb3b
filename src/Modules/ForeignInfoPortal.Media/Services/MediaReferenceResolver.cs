using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Media.Services;

/// <summary>
/// Refreshes the pictures a save refers to from the library: size and name always (a client's word is not
/// trusted), alt text and caption when the use gives none. More pictures than the field allows, or a picture that is
/// not in the library (deleted meanwhile, or an id a client made up), is an error on the field.
/// </summary>
internal sealed class MediaReferenceResolver(PortalDbContext db) : IContentMediaResolver
{
    public async Task ResolveAsync(IContentFields fields, Action<string, string> fail, CancellationToken cancellationToken)
    {
        var properties = ContentMediaFields.Properties(fields.GetType());
        if (properties.Count == 0)
        {
            return;
        }

        var references = ContentMediaFields.References(fields).ToList();
        var ids = references.Select(r => r.Reference.MediaId).Distinct().ToList();
        var known = ids.Count == 0
            ? []
            : await db.Set<MediaItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var property in properties)
        {
            var held = property.Read(fields);
            if (held.Count > property.Max)
            {
                fail($"Fields.{property.Name}", $"Chỉ được chọn tối đa {property.Max} ảnh.");
            }

            foreach (var reference in held)
            {
                if (!known.TryGetValue(reference.MediaId, out var item))
                {
                    // A reference to nothing would show a broken picture on the public page and escape the usage checks.
                    var name = string.IsNullOrWhiteSpace(reference.Name) ? reference.MediaId.ToString("N")[..8] : reference.Name;
                    fail($"Fields.{property.Name}", $"Ảnh \"{name}\" không có trong thư viện (có thể đã bị xóa); hãy bỏ ảnh này hoặc chọn lại.");
                    continue;
                }

                reference.Name = item.Name;
                reference.Width = item.Width;
                reference.Height = item.Height;
                reference.Alt = string.IsNullOrWhiteSpace(reference.Alt) ? item.Alt : reference.Alt.Trim();
                reference.Caption = string.IsNullOrWhiteSpace(reference.Caption) ? item.Caption : reference.Caption.Trim();
            }
        }
    }
}
