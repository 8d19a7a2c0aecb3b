using System.Globalization;
using ForeignInfoPortal.Core.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// Binds a datetime-local value ("2027-02-12T08:00"), which editors type in Vietnam time whatever the server's own
/// zone, to a <see cref="DateTime"/> in UTC or a <see cref="DateTimeOffset"/> with +07:00, after the property's type.
/// Empty is null; anything else is the Vietnamese <see cref="Invalid"/> error on the field, with the typed text kept
/// so the form shows it again.
/// </summary>
public sealed class VietnamLocalTimeBinder : IModelBinder
{
    public const string Invalid = "Ngày giờ không hợp lệ; hãy chọn ngày và giờ theo giờ Việt Nam.";

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
            // Boxed apart: in one conditional expression the DateTime would be converted to a DateTimeOffset.
            var utc = VietnamTime.ToUtc(local);
            var bound = bindingContext.ModelMetadata.UnderlyingOrModelType == typeof(DateTimeOffset) ? (object)VietnamTime.ToOffset(utc) : utc;
            bindingContext.Result = ModelBindingResult.Success(bound);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Invalid);
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
