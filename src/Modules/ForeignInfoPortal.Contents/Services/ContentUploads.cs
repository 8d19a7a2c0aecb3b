using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Contents.Services;

/// <summary>
/// The editor's file fields: every fields property marked <see cref="ContentFileAttribute"/> gets an upload
/// (<c>Uploads.{Prop}</c>), its kept files come back as hidden <c>Fields.{Prop}.FileId</c> /
/// <c>Fields.{Prop}[i].FileId</c>, and ticked <c>Remove.{Prop}</c> boxes (file ids) drop them.
/// </summary>
public sealed class ContentUploads(PortalDbContext db, IFileStore store, IConfiguration configuration)
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
    /// Stores the uploads of <paramref name="form"/> (none when null) into <paramref name="fields"/> and runs
    /// <paramref name="change"/>, all in one transaction: a refused change keeps no file record and no half-saved draft.
    /// On any failure the files written to disk are removed and the fields no longer refer to them; the exception goes on.
    /// </summary>
    public async Task<ContentItem> CommitAsync(ContentTypeDefinition type, IContentFields fields, IFormCollection? form, string? userId,
        Func<Task<ContentItem>> change, CancellationToken cancellationToken)
    {
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
