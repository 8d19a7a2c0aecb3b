using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ForeignInfoPortal.Tourism.Models;

/// <summary>
/// Binds a coordinate typed as "22.1470" or "22,1470": the request culture is Vietnamese, where "." separates
/// thousands, so the default binder would read 22.1470 as 221470.
/// </summary>
internal sealed class CoordinateBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext) => TextBinding.Bind<double>(bindingContext, text =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : (double?)null,
        bindingContext.ModelName.EndsWith(nameof(TourismFields.Latitude), StringComparison.Ordinal) ? TourismMessages.Latitude : TourismMessages.Longitude);
}

/// <summary>Binds slugs from one comma-separated text input, or from repeated values.</summary>
internal sealed class SlugListBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value != ValueProviderResult.None)
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            bindingContext.Result = ModelBindingResult.Success(value.Values
                .SelectMany(v => (v ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToList());
        }

        return Task.CompletedTask;
    }
}

/// <summary>The shape the text binders share: empty is null, unparseable is the field's Vietnamese error.</summary>
internal static class TextBinding
{
    public static Task Bind<T>(ModelBindingContext context, Func<string, T?> parse, string error)
        where T : struct
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // Keeps the posted text so that a form shown again with errors shows what was typed.
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            context.Result = ModelBindingResult.Success(null);
        }
        else if (parse(text) is { } parsed)
        {
            context.Result = ModelBindingResult.Success(parsed);
        }
        else
        {
            context.ModelState.TryAddModelError(context.ModelName, error);
            context.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
