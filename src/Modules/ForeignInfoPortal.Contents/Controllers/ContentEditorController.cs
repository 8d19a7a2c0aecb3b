using System.Text.Json;
using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Contents.ViewModels;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Controllers;

/// <summary>
/// Creates and edits items of any content type. "Lưu nháp" saves a draft; "Xuất bản" saves and publishes in
/// one transaction. Refusals of the content manager come back on the form with everything the user typed.
/// </summary>
[Authorize]
[Route("admin/content/{type}")]
public sealed class ContentEditorController(
    PortalDbContext db, IContentTypeRegistry types, IContentManager manager, ContentAccess access, ContentUploads uploads) : Controller
{
    private const string PublishSubmit = "publish";

    [HttpGet("create")]
    public async Task<IActionResult> Create(string type, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        if (definition is null)
        {
            return NotFound();
        }

        if (!await access.CanCreateAsync(User, definition))
        {
            return Forbid();
        }

        var input = new ContentEditorInput { UnitId = (await access.UnitsOfAsync(User)).Default };
        return await FormAsync(definition, input, definition.CreateFields(), item: null, cancellationToken);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(string type, ContentEditorInput input, string? submit, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        if (definition is null)
        {
            return NotFound();
        }

        var publish = submit == PublishSubmit;
        if (!await access.CanCreateAsync(User, definition) || (publish && !await access.CanPublishAsync(User, definition, item: null, cancellationToken)))
        {
            return Forbid();
        }

        await KeepPublicationDateAsync(definition, input, stored: null);
        await CheckUnitAsync(definition, input);
        var fields = await BindFieldsAsync(definition);
        if (!ModelState.IsValid)
        {
            return await FormAsync(definition, input, fields, item: null, cancellationToken);
        }

        var userId = ContentAccess.UserId(User);
        return await SaveAsync(definition, input, fields, item: null, publish, async () =>
        {
            var created = await manager.CreateAsync(definition.Name, input.ToContentInput(fields), userId, cancellationToken);
            return publish ? await manager.PublishAsync(created.Id, created.Revision, userId, cancellationToken) : created;
        }, cancellationToken);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(string type, int id, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        var item = definition is null ? null : await FindAsync(definition, id, cancellationToken);
        if (definition is null || item is null)
        {
            return NotFound();
        }

        if (!await access.CanViewAsync(User, definition, item))
        {
            return Forbid();
        }

        var latest = item.Versions.Single(v => v.IsLatest);
        var fields = (IContentFields?)JsonSerializer.Deserialize(latest.Data, definition.FieldsType, ContentJson.Options)
            ?? definition.CreateFields();
        return await FormAsync(definition, ContentEditorInput.From(item, latest), fields, item, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(string type, int id, ContentEditorInput input, string? submit, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        var item = definition is null ? null : await FindAsync(definition, id, cancellationToken);
        if (definition is null || item is null)
        {
            return NotFound();
        }

        var publish = submit == PublishSubmit;
        if (!await access.CanEditAsync(User, definition, item)
            || (publish && !await access.CanPublishAsync(User, definition, item, cancellationToken)))
        {
            return Forbid();
        }

        await KeepPublicationDateAsync(definition, input, item.Versions.Single(v => v.IsLatest).PublishedUtc);
        await CheckUnitAsync(definition, input);
        var fields = await BindFieldsAsync(definition);
        if (!ModelState.IsValid)
        {
            return await FormAsync(definition, input, fields, item, cancellationToken);
        }

        var userId = ContentAccess.UserId(User);
        return await SaveAsync(definition, input, fields, item, publish, async () =>
        {
            var saved = await manager.SaveDraftAsync(id, input.Revision, input.ToContentInput(fields), userId, cancellationToken);
            return publish ? await manager.PublishAsync(id, saved.Revision, userId, cancellationToken) : saved;
        }, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(ContentTypeDefinition definition, ContentEditorInput input, IContentFields fields,
        ContentItem? item, bool publish, Func<Task<ContentItem>> change, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await uploads.CommitAsync(definition, fields, Request.Form, User, change, cancellationToken);
            TempData[AdminNotice.Success] = publish ? "Đã xuất bản." : "Đã lưu bản nháp.";
            return RedirectToAction(nameof(Edit), new { type = definition.Name, id = saved.Id });
        }
        catch (ContentException refusal)
        {
            Report(refusal);
        }

        if (Request.Form.Files.Any(f => !string.IsNullOrEmpty(f.FileName)))
        {
            ModelState.AddModelError("", "Các tệp vừa chọn chưa được lưu: hãy chọn lại chúng.");
        }

        return await FormAsync(definition, input, fields, item, cancellationToken);
    }

    // Choosing the publication date moves an item between statistics periods, so it is a permission of its own: without
    // it the posted date is ignored and the stored one kept (the form shows the field read-only).
    private async Task KeepPublicationDateAsync(ContentTypeDefinition definition, ContentEditorInput input, DateTime? stored)
    {
        if (!await access.HasAsync(User, definition.Permissions.SetPublicationDate))
        {
            input.PublishedAt = stored is { } utc ? VietnamTime.FromUtc(utc) : null;
            ModelState.Remove(nameof(ContentEditorInput.PublishedAt));
        }
    }

    // A user without EditAny drafts for one of their own units only; an empty choice is their default unit.
    private async Task CheckUnitAsync(ContentTypeDefinition definition, ContentEditorInput input)
    {
        var (unitId, error) = await access.ResolveUnitAsync(User, definition, input.UnitId);
        if (error is null)
        {
            input.UnitId = unitId;
        }
        else
        {
            ModelState.AddModelError(nameof(ContentEditorInput.UnitId), error);
        }
    }

    private void Report(ContentException refusal)
    {
        if (refusal is ContentValidationException validation)
        {
            foreach (var (key, messages) in validation.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key, message);
                }
            }

            return;
        }

        // Concurrency and state refusals: the message goes on top, the user's input stays on the form.
        ModelState.AddModelError("", refusal.Message);
    }

    // MVC only binds the fields (conversion errors still land in ModelState); the content manager validates
    // them after cleaning (a body of nothing but a script is empty), so every error comes from one place and
    // the common fields' errors are shown together with the type's.
    private async Task<IContentFields> BindFieldsAsync(ContentTypeDefinition definition)
    {
        var fields = definition.CreateFields();
        var validator = ObjectValidator;
        ObjectValidator = BindOnly.Instance;
        try
        {
            await TryUpdateModelAsync(fields, definition.FieldsType, "Fields");
            ContentUploads.ApplyRemovals(definition, fields, Request.Form);
        }
        finally
        {
            ObjectValidator = validator;
        }

        return fields;
    }

    private sealed class BindOnly : IObjectModelValidator
    {
        public static BindOnly Instance { get; } = new();

        // Bound values without a conversion error count as valid here; the content manager judges them.
        public void Validate(ActionContext actionContext, ValidationStateDictionary? validationState, string prefix, object? model)
        {
            foreach (var (_, entry) in actionContext.ModelState.FindKeysWithPrefix(prefix))
            {
                if (entry.Errors.Count == 0)
                {
                    entry.ValidationState = ModelValidationState.Valid;
                }
            }
        }
    }

    private async Task<ContentItem?> FindAsync(ContentTypeDefinition definition, int id, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || item.ContentType != definition.Name)
        {
            return null;
        }

        item.Versions = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ContentItemId == id && (v.IsLatest || v.IsPublished))
            .ToListAsync(cancellationToken);
        return item;
    }

    private async Task<ViewResult> FormAsync(ContentTypeDefinition definition, ContentEditorInput input, IContentFields fields,
        ContentItem? item, CancellationToken cancellationToken)
    {
        var published = item?.Versions.FirstOrDefault(v => v.IsPublished);
        var permissions = definition.Permissions;

        // Without EditAny the list holds only the user's own units (and the item's current one, to show it).
        var anyUnit = await access.HasAsync(User, permissions.EditAny);
        var ownUnits = anyUnit ? [] : (await access.UnitsOfAsync(User)).Units;
        var units = await db.Units.AsNoTracking()
            .Where(u => (u.IsActive && (anyUnit || ownUnits.Contains(u.Id))) || u.Id == input.UnitId)
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name)
            .ToListAsync(cancellationToken);
        var canSave = item is null || await access.CanEditAsync(User, definition, item);
        ViewData["Title"] = item is null ? $"{definition.DisplayName}: tạo mới" : $"{definition.DisplayName}: sửa";
        return View("Edit", new ContentEditorViewModel
        {
            Type = definition,
            Input = input,
            Fields = fields,
            Item = item,
            LatestIsPublished = published?.IsLatest == true,
            PublicUrl = published is not null && !item!.IsDeleted ? definition.PublicUrl?.Invoke(published) : null,
            Units = units,
            UnitRequired = !anyUnit,
            CanSave = canSave,
            CanPublish = canSave && await access.CanPublishAsync(User, definition, item, cancellationToken),
            CanUnpublish = item is not null && await access.CanUnpublishAsync(User, definition, item),
            CanDelete = item is not null && await access.CanDeleteAsync(User, definition, item),
            CanSetPublicationDate = await access.HasAsync(User, permissions.SetPublicationDate),
        });
    }
}
