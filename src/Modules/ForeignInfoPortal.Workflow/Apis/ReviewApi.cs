using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Web;
using ForeignInfoPortal.Workflow.Models;
using ForeignInfoPortal.Workflow.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace ForeignInfoPortal.Workflow.Apis;

/// <summary>The body of a review action; the revision may come as <c>If-Match: "N"</c> instead (read by <see cref="ApiRevision"/>).</summary>
internal sealed record ReviewRequest(int? Revision, string? Note, string? Comment);

/// <summary>An item's review after an action.</summary>
internal sealed record ReviewDocument(int Id, string Type, string State, int Revision, string? Comment);

/// <summary>
/// <c>POST /api/content/{type}/{id}/submit|approve|return</c>: the admin panel's actions for API callers, with the same
/// rules (<see cref="ReviewWorkflow"/>) and the Contents API's problem shape and error codes.
/// </summary>
internal static class ReviewApi
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/content/{type}/{id:int}").WithTags("Review").RequireApiCaller();
        Map(api, "submit", "SubmitContentForReview", "Gửi duyệt phiên bản mới nhất (note: ghi chú cho người duyệt)",
            (w, http, type, id, revision, body, c) => w.SubmitAsync(http.User, type, id, revision, body?.Note, c));
        Map(api, "approve", "ApproveContent", "Duyệt và xuất bản bài đang chờ duyệt (cần quyền xuất bản của loại)",
            (w, http, type, id, revision, _, c) => w.ApproveAsync(http.User, type, id, revision, c));
        Map(api, "return", "ReturnContent", "Trả lại bài đang chờ duyệt kèm lý do (comment, bắt buộc, tối đa 2.000 ký tự)",
            (w, http, type, id, revision, body, c) => w.ReturnAsync(http.User, type, id, revision, body?.Comment, c));
        return endpoints;
    }

    private delegate Task<ReviewOutcome> Action(ReviewWorkflow workflow, HttpContext http, string type, int id, int revision, ReviewRequest? body, CancellationToken cancellationToken);

    private static void Map(RouteGroupBuilder api, string action, string name, string summary, Action run) =>
        api.MapPost($"/{action}", async Task<Results<Ok<ReviewDocument>, ProblemHttpResult>> (
                string type, int id, HttpContext http, ReviewWorkflow workflow, PortalDbContext db, CancellationToken cancellationToken) =>
            {
                ReviewRequest? body;
                try
                {
                    body = http.Request.ContentLength is 0 || http.Request.ContentType is null ? null
                        : await JsonSerializer.DeserializeAsync<ReviewRequest>(http.Request.Body, JsonSerializerOptions.Web, cancellationToken);
                }
                catch (JsonException)
                {
                    return ApiProblem.Result(Status400BadRequest, "invalid_json", "Nội dung yêu cầu không phải JSON hợp lệ dạng { \"revision\": N, \"comment\": \"…\" }.");
                }

                if (ApiRevision.Read(http.Request, body?.Revision, out var read) is { } invalid)
                {
                    return invalid;
                }

                if (read is not { } revision)
                {
                    return ApiRevision.Required();
                }

                var outcome = await run(workflow, http, type, id, revision, body, cancellationToken);
                if (outcome.Result != ReviewResult.Done)
                {
                    return Problem(outcome);
                }

                var review = await db.Set<ContentReview>().AsNoTracking().FirstAsync(r => r.ContentItemId == id, cancellationToken);
                var current = await db.ContentItems.AsNoTracking().Where(i => i.Id == id).Select(i => i.Revision).FirstAsync(cancellationToken);
                return TypedResults.Ok(new ReviewDocument(id, review.ContentType, review.State.ToString(), current, review.Comment));
            })
            .WithName(name)
            .WithSummary(summary)
            .Accepts<ReviewRequest>(isOptional: true, "application/json")
            .ProducesProblem(Status400BadRequest).ProducesProblem(Status401Unauthorized).ProducesProblem(Status403Forbidden)
            .ProducesProblem(Status404NotFound).ProducesProblem(Status409Conflict).ProducesProblem(Status422UnprocessableEntity)
            .ProducesProblem(Status428PreconditionRequired);

    private static ProblemHttpResult Problem(ReviewOutcome outcome) => outcome.Result switch
    {
        ReviewResult.NotFound => ApiProblem.Result(Status404NotFound, "content_not_found", outcome.Message),
        ReviewResult.Forbidden => ApiProblem.Result(Status403Forbidden, "forbidden", outcome.Message),
        ReviewResult.Conflict => ApiProblem.Result(Status409Conflict, "concurrency_conflict",
            "Nội dung đã được thay đổi sau phiên bản bạn gửi. Không có gì được lưu: hãy đọc lại nội dung (GET) và gửi lại với phiên bản mới."),
        ReviewResult.Invalid => ApiProblem.Result(Status422UnprocessableEntity, "validation_failed", outcome.Message,
            new Dictionary<string, string[]> { [outcome.Field ?? ""] = [outcome.Message] }),
        _ => ApiProblem.Result(Status409Conflict, "invalid_state", outcome.Message),
    };
}
