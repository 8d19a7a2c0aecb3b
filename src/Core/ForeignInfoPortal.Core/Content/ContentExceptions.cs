namespace ForeignInfoPortal.Core.Content;

/// <summary>Base of the content manager's refusals; the message is for the user, in Vietnamese.</summary>
public abstract class ContentException(string message) : Exception(message);

/// <summary>The change was made against an older revision than the stored one; nothing was saved.</summary>
public sealed class ContentConcurrencyException() : ContentException(
    "Nội dung này vừa được người khác thay đổi. Thay đổi của bạn chưa được lưu: hãy sao chép phần đã sửa, tải lại trang rồi thực hiện lại.");

/// <summary>The input is invalid; <see cref="Errors"/> maps field names to messages. Nothing was saved.</summary>
public sealed class ContentValidationException(IReadOnlyDictionary<string, string[]> errors)
    : ContentException("Dữ liệu chưa hợp lệ: " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The action does not apply to the item in its current state (publishing a deleted item...).</summary>
public sealed class ContentStateException(string message) : ContentException(message);

/// <summary>No such item (or it belongs to another type).</summary>
public sealed class ContentNotFoundException() : ContentException("Không tìm thấy nội dung.");
