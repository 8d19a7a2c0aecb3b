using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ForeignInfoPortal.Core.Web;

/// <summary>Model binding's own messages (a letter in a number field...) in Vietnamese.</summary>
internal static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "Vui lòng nhập giá trị.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Thiếu giá trị bắt buộc.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị bắt buộc.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(_ => "Vui lòng nhập một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vui lòng nhập một số.");
    }
}
