using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>Binds the tags from the editor's one text input ("du lịch, lễ hội") or from repeated values.</summary>
internal sealed class CommaSeparatedTagsBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value != ValueProviderResult.None)
        {
            // Keeps the posted text so that a form shown again with errors shows what was typed.
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            bindingContext.Result = ModelBindingResult.Success(value.Values.SelectMany(Core.Text.Tags.Split).ToList());
        }

        return Task.CompletedTask;
    }
}

/// <summary>Binds a duration typed as "12:30" or "1:05:00" to seconds.</summary>
internal sealed class DurationBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (BroadcastDuration.TryParse(value.FirstValue, out var seconds))
        {
            bindingContext.Result = ModelBindingResult.Success(seconds);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, BroadcastMessages.Duration);
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
