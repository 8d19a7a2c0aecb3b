using ForeignInfoPortal.Core.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ForeignInfoPortal.News.Models;

/// <summary>
/// Binds <see cref="NewsFields.Tags"/> from the editor's one text input ("du lịch, lễ hội"), and also from
/// repeated values ("Fields.Tags=a&amp;Fields.Tags=b"), so both form shapes give the same list.
/// </summary>
internal sealed class CommaSeparatedTagsBinder : IModelBinder
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
        var tags = value.Values.SelectMany(Tags.Split).ToList();
        bindingContext.Result = ModelBindingResult.Success(tags);
        return Task.CompletedTask;
    }
}
