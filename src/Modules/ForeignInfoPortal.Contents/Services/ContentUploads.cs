using System.Security.Claims;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Contents.Services;

/// <summary>
/// The editor's file fields: every fields property marked <see cref="ContentFileAttribute"/> gets an upload
/// (<c>Uploads.{Prop}</c>), its kept files come back as hidden <c>Fields.{Prop}.FileId</c> /
/// <c>Fields.{Prop}[i].FileId</c>, and ticked <c>Remove.{Prop}</c> boxes (file ids) drop them.
/// </summary>
public sealed class ContentUploads(PortalDbContext db, IFileStore store, IConfiguration configuration, ContentAccess access,
    IContentTypeRegistry types)
{
    public const string UploadPrefix = "Uploads.";
    public const string RemovePrefix = "Remove.";

    /// <summary>The upload properties of a type, in declaration order.</summary>
    public static IEnumerable<ContentFileProperty> Properties(ContentTypeDefinition type) =>
        ContentFileFields.Properties(type.FieldsType).Where(p => p.Attribute is not null);

    /// <summary>Drops the references whose "remove" box was ticked.</summary>
    public static void ApplyRemovals(ContentTypeDefinition type, IContentFields fields, IFormCollection form)
    {
        foreach (var property in Properties(type))
        {
            var removed = form[RemovePrefix + property.Name].Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).ToHashSet();
            if (removed.Count == 0)
            {
                continue;
            }

            if (property.IsList)
            {
                (property.Property.GetValue(fields) as List<ContentFileReference>)?.RemoveAll(r => r is null || removed.Contains(r.FileId));
            }
            else if (property.Property.GetValue(fields) is ContentFileReference one && removed.Contains(one.FileId))
            {
                property.Property.SetValue(fields, null);
            }
        }
    }

    /// <summary>
    /// Stores the uploaded files and points the fields at them; each stored file is added to
    /// <paramref name="stored"/> as soon as it is kept, so the caller can remove them all if the change fails.
    /// A refused file becomes a <see cref="ContentValidationException"/> under "Fields.{Prop}".
    /// </summary>
    private async Task StoreAsync(ContentTypeDefinition type, IContentFields fields, IFormCollection form, string? userId,
        List<StoredFile> stored, CancellationToken cancellationToken)
    {
        foreach (var property in Properties(type))
        {
            // A file input left empty still posts a part, with no file name.
            var uploads = form.Files.GetFiles(UploadPrefix + property.Name).Where(f => !string.IsNullOrEmpty(f.FileName)).ToList();
            foreach (var upload in property.IsList ? uploads : uploads.Take(1))
            {
                StoredFile file;
                try
                {
                    await using var content = upload.OpenReadStream();
                    file = await store.SaveAsync(content, upload.FileName, property.Attribute!.Allowed,
                        FileLimits.MaxBytes(configuration, property.Attribute), userId, cancellationToken);
                }
                catch (FileRejectedException exception)
                {
                    throw new ContentValidationException(new Dictionary<string, string[]> { [$"Fields.{property.Name}"] = [exception.Message] });
                }

                stored.Add(file);
                Attach(property, fields, ContentFileReference.From(file));
            }
        }
    }

    /// <summary>
    /// Checks that <paramref name="user"/> may read every stored file the fields name, then stores the uploads of
    /// <paramref name="form"/> (none when null) into <paramref name="fields"/> and runs <paramref name="change"/>, all in
    /// one transaction: a refused change keeps no file record and no half-saved draft. On any failure the files written
    /// to disk are removed and the fields no longer refer to them; the exception goes on.
    /// </summary>
    public async Task<ContentItem> CommitAsync(ContentTypeDefinition type, IContentFields fields, IFormCollection? form, ClaimsPrincipal user,
        Func<Task<ContentItem>> change, CancellationToken cancellationToken)
    {
        await RequireReadableAsync(fields, user, cancellationToken);
        var userId = ContentAccess.UserId(user);
        var stored = new List<StoredFile>();
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                if (form is not null)
                {
                    await StoreAsync(type, fields, form, userId, stored, cancellationToken);
                }

                return await change();
            }, cancellationToken);
        }
        catch
        {
            // The records roll back with the transaction; the files on disk must go by hand.
            await DiscardAsync(type, fields, stored);

            // The rolled-back transaction leaves entities in the tracker that the database no longer has.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Files named by id (kept from the item, chosen in the picker, sent to the API) must be files the user may read,
    /// by the download's rule (<see cref="FileReadRules"/>): otherwise an id learnt elsewhere would attach another
    /// unit's draft attachment to an item this user can publish. Such a file is refused with the words of a file that
    /// does not exist (as the download answers 404), so the refusal does not tell that it exists; unknown ids are left
    /// to the content manager's check, which says the same.
    /// </summary>
    private async Task RequireReadableAsync(IContentFields fields, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var named = ContentFileFields.References(fields).Where(r => r.Reference.FileId != Guid.Empty).ToList();
        if (named.Count == 0)
        {
            return;
        }

        var ids = named.Select(r => r.Reference.FileId).Distinct().ToList();
        var files = await db.Files.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.CreatedBy }).ToListAsync(cancellationToken);
        var readable = await FileReadRules.ReadableAsync(db, access, types, user, files.Select(f => (f.Id, f.CreatedBy)).ToList(), cancellationToken);
        var refused = named.Where(r => !readable.Contains(r.Reference.FileId) && files.Exists(f => f.Id == r.Reference.FileId))
            .Select(r => $"Fields.{r.Property.Name}").Distinct().ToList();
        if (refused.Count > 0)
        {
            throw new ContentValidationException(refused.ToDictionary(key => key, _ => new[] { ContentFileFields.UnknownFile }));
        }
    }

    /// <summary>Removes files stored for a change that failed, and the fields' references to them.</summary>
    private async Task DiscardAsync(ContentTypeDefinition type, IContentFields fields, IReadOnlyCollection<StoredFile> stored)
    {
        var ids = stored.Select(f => f.Id).ToHashSet();
        foreach (var file in stored)
        {
            await store.DeleteAsync(file, CancellationToken.None);
        }

        foreach (var property in Properties(type))
        {
            if (property.IsList)
            {
                (property.Property.GetValue(fields) as List<ContentFileReference>)?.RemoveAll(r => ids.Contains(r.FileId));
            }
            else if (property.Property.GetValue(fields) is ContentFileReference one && ids.Contains(one.FileId))
            {
                property.Property.SetValue(fields, null);
            }
        }
    }

    private static void Attach(ContentFileProperty property, IContentFields fields, ContentFileReference reference)
    {
        if (!property.IsList)
        {
            property.Property.SetValue(fields, reference);
            return;
        }

        if (property.Property.GetValue(fields) is not List<ContentFileReference> list)
        {
            list = [];
            property.Property.SetValue(fields, list);
        }

        list.Add(reference);
    }
}
