using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// The one error shape of every <c>/api</c> endpoint and of the host's answers on <c>/api</c> (401, 404, 429...):
/// RFC 7807 problem details with a Vietnamese title and detail, a stable <c>errorCode</c> that clients branch on, and
/// for invalid input <c>errors</c>, field → messages, keyed as the admin's form ("Title", "Fields.Body").
/// </summary>
public static class ApiProblem
{
    /// <summary>The path prefix of the JSON API; the host answers requests under it with problem details, never pages.</summary>
    public const string PathPrefix = "/api";

    /// <summary>True for a request to the JSON API.</summary>
    public static bool IsApiRequest(HttpRequest request) => request.Path.StartsWithSegments(PathPrefix);

    /// <summary>A problem result with <paramref name="errorCode"/> and, when given, field errors.</summary>
    public static ProblemHttpResult Result(int status, string errorCode, string detail, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var extensions = new Dictionary<string, object?> { ["errorCode"] = errorCode };
        if (errors is not null)
        {
            extensions["errors"] = errors;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: Title(status), extensions: extensions);
    }

    /// <summary>Writes a problem from middleware or an authentication event (no endpoint result to return).</summary>
    public static Task WriteAsync(HttpContext context, int status, string errorCode, string detail) =>
        Result(status, errorCode, detail).ExecuteAsync(context);

    /// <summary>The title of a status, in Vietnamese.</summary>
    public static string Title(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Chưa xác thực",
        StatusCodes.Status403Forbidden => "Không có quyền",
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status405MethodNotAllowed => "Phương thức không được hỗ trợ",
        StatusCodes.Status409Conflict => "Xung đột",
        StatusCodes.Status413PayloadTooLarge => "Nội dung yêu cầu quá lớn",
        StatusCodes.Status415UnsupportedMediaType => "Kiểu nội dung không được hỗ trợ",
        StatusCodes.Status422UnprocessableEntity => "Dữ liệu chưa hợp lệ",
        StatusCodes.Status428PreconditionRequired => "Thiếu phiên bản",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu",
        >= 500 => "Lỗi máy chủ",
        _ => "Yêu cầu không hợp lệ",
    };
}
