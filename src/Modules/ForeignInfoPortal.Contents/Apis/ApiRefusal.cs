using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// A write refused before or by the content manager, carrying its problem. Handlers throw it wherever they find the
/// fault; <see cref="ContentApiRefusalFilter"/> turns it (and the content manager's own refusals) into the answer, so
/// every write answers in the same shape and nothing after the refusal runs.
/// </summary>
internal sealed class ApiRefusal(ProblemHttpResult problem) : Exception(problem.ProblemDetails.Detail)
{
    public ProblemHttpResult Problem { get; } = problem;

    public static ApiRefusal Of(int status, string errorCode, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(ApiProblem.Result(status, errorCode, detail, errors));

    public static ApiRefusal Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "forbidden", detail);

    public static ApiRefusal NotFound(string detail) => Of(StatusCodes.Status404NotFound, "content_not_found", detail);

    /// <summary>The content manager's refusals, with the status and code each stands for.</summary>
    public static ProblemHttpResult FromContent(ContentException exception) => exception switch
    {
        ContentValidationException validation => ApiProblem.Result(StatusCodes.Status422UnprocessableEntity, "validation_failed",
            "Dữ liệu chưa hợp lệ; xem lỗi của từng trường trong \"errors\". Không có gì được lưu.", validation.Errors),
        ContentConcurrencyException => ApiProblem.Result(StatusCodes.Status409Conflict, "concurrency_conflict",
            "Nội dung đã được thay đổi sau phiên bản bạn gửi. Không có gì được lưu: hãy đọc lại nội dung (GET) và gửi lại với phiên bản mới."),
        ContentStateException => ApiProblem.Result(StatusCodes.Status409Conflict, "invalid_state", exception.Message),
        _ => ApiProblem.Result(StatusCodes.Status404NotFound, "content_not_found", exception.Message),
    };
}

/// <summary>Answers <see cref="ApiRefusal"/> and <see cref="ContentException"/> with their problem details.</summary>
internal sealed class ContentApiRefusalFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ApiRefusal refusal)
        {
            return refusal.Problem;
        }
        catch (ContentException exception)
        {
            return ApiRefusal.FromContent(exception);
        }
    }
}
