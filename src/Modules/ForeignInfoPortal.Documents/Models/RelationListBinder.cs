using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ForeignInfoPortal.Documents.Models;

/// <summary>
/// Binds a list of related documents from the editor's textarea (one number and symbol a line), and from
/// repeated values ("Fields.Replaces=a&amp;Fields.Replaces=b"), so both form shapes give the same list.
/// </summary>
internal sealed class RelationListBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // Keeps the posted text so that a form shown again with errors shows what was typed.
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        bindingContext.Result = ModelBindingResult.Success(value.Values.SelectMany(Relations.Split).ToList());
        return Task.CompletedTask;
    }
}
