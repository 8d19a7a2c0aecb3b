using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ForeignInfoPortal.Investment.Models;

/// <summary>
/// Binds a decimal typed the Vietnamese way ("." between thousands, "," before decimals) with the strict rules of
/// <see cref="InvestmentMoney"/>, so "12.5" is refused rather than silently read as 125 by the culture's parser.
/// </summary>
internal abstract class VietnameseDecimalBinder : IModelBinder
{
    protected abstract string ErrorMessage { get; }

    protected abstract bool TryParse(string text, out decimal value);

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // Keeps the typed text, so a form shown again with errors shows it as it was typed.
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (TryParse(text, out var parsed))
        {
            bindingContext.Result = ModelBindingResult.Success(parsed);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, ErrorMessage);
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}

/// <summary>An amount in đồng: "1.250 tỷ", "850 triệu", "54.000.000".</summary>
internal sealed class MoneyBinder : VietnameseDecimalBinder
{
    protected override string ErrorMessage => "Số tiền không hợp lệ: nhập số đồng, ví dụ 1.250 tỷ, 850 triệu hoặc 54.000.000.";

    protected override bool TryParse(string text, out decimal value) => InvestmentMoney.TryParse(text, out value);
}

/// <summary>An area in hectares: "12,5", "1.250".</summary>
internal sealed class AreaBinder : VietnameseDecimalBinder
{
    protected override string ErrorMessage => "Diện tích không hợp lệ: nhập số héc-ta, dùng dấu phẩy trước phần thập phân, ví dụ 12,5.";

    protected override bool TryParse(string text, out decimal value) => InvestmentMoney.TryParseNumber(text.Trim(), out value);
}
