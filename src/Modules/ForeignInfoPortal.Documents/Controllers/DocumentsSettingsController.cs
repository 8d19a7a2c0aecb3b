using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Documents.Models;
using ForeignInfoPortal.Documents.Services;
using ForeignInfoPortal.Documents.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Documents.Controllers;

/// <summary>Edits the lists documents choose from (issuing bodies, fields, signers): one entry a line.</summary>
[Authorize]
[Route("admin/documents/settings")]
public sealed class DocumentsSettingsController(ISettingsStore settings, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, DocumentsPermissions.ManageSettings))
        {
            return Forbid();
        }

        var current = await DocumentsSettingsReader.ReadAsync(settings, cancellationToken);
        return Form(new DocumentsSettingsViewModel
        {
            IssuingBodies = DocumentsSettingsRules.Format(current.IssuingBodies),
            Fields = DocumentsSettingsRules.Format(current.Fields),
            Signers = DocumentsSettingsRules.Format(current.Signers),
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(DocumentsSettingsViewModel model, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, DocumentsPermissions.ManageSettings))
        {
            return Forbid();
        }

        var current = await DocumentsSettingsReader.ReadAsync(settings, cancellationToken);
        current.IssuingBodies = Parse(model.IssuingBodies, nameof(model.IssuingBodies), DocumentsSettingsRules.ParseEntries);
        current.Fields = Parse(model.Fields, nameof(model.Fields), DocumentsSettingsRules.ParseEntries);
        current.Signers = Parse(model.Signers, nameof(model.Signers), DocumentsSettingsRules.ParseSigners);
        if (current.IssuingBodies.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(model.IssuingBodies), "Cần ít nhất một cơ quan ban hành.");
        }

        if (!ModelState.IsValid)
        {
            return Form(model);
        }

        await settings.SaveAsync(DocumentsSettings.Key, current, cancellationToken);
        TempData[AdminNotice.Success] = "Đã lưu danh mục văn bản.";
        return RedirectToAction(nameof(Index));
    }

    private List<T> Parse<T>(string? text, string key, Func<string?, List<string>, List<T>> parse)
    {
        var errors = new List<string>();
        var result = parse(text, errors);
        foreach (var error in errors)
        {
            ModelState.AddModelError(key, error);
        }

        return result;
    }

    private ViewResult Form(DocumentsSettingsViewModel model)
    {
        ViewData["Title"] = "Danh mục văn bản";
        return View("~/Views/DocumentsSettings/Index.cshtml", model);
    }
}
