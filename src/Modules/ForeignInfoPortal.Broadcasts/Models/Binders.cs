using System.Globalization;
using ForeignInfoPortal.Core.Text;
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

/// <summary>
/// Binds a datetime-local value ("2024-06-30T23:30"), which the editor types in Vietnam time, to a UTC instant:
/// fields store UTC only.
/// </summary>
internal sealed class VietnamLocalDateTimeBinder : IModelBinder
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            bindingContext.Result = ModelBindingResult.Success(VietnamTime.ToUtc(local));
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Ngày giờ phát sóng không hợp lệ.");
            bindingContext.Result = ModelBindingResult.Failed();
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
