using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// The write API of every content type, for editors and machine clients (cookie with the antiforgery header, or an
/// API token): <c>POST /api/content/{type}</c>, <c>GET|PUT|DELETE /api/content/{type}/{id}</c>,
/// <c>POST …/{id}/publish|unpublish|restore</c>. Bodies are JSON, or multipart with files; the rules are in the
/// module's README. Errors are problem details with an <c>errorCode</c>.
/// </summary>
internal static class ContentWriteApi
{
    private const string Json = "application/json";
    private const string Multipart = "multipart/form-data";

    public static IEndpointRouteBuilder MapContentWriteApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/content/{type}").WithTags("Content").RequireApiCaller();
        api.AddEndpointFilter<ContentApiRefusalFilter>();

        api.MapPost("", async (string type, HttpContext http, ContentApiWriter writer, CancellationToken cancellationToken) =>
            {
                var document = await writer.CreateAsync(type, http, cancellationToken);
                return TypedResults.Created($"/api/content/{document.Type}/{document.Id}", document);
            })
            .WithName("CreateContent")
            .WithSummary("Tạo bản nháp (JSON, hoặc multipart: phần \"content\" là JSON, các tệp ở phần \"uploads.{trường}\")")
            .Accepts<ContentWriteRequest>(Json, Multipart)
            .Produces<ContentApiDocument>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status401Unauthorized, Status403Forbidden, Status404NotFound,
                Status413PayloadTooLarge, Status415UnsupportedMediaType, Status422UnprocessableEntity);

        api.MapGet("/{id:int}", (string type, int id, HttpContext http, ContentApiWriter writer, CancellationToken cancellationToken) =>
                writer.GetAsync(type, id, http, cancellationToken))
            .WithName("GetContentForEditing")
            .WithSummary("Phiên bản mới nhất (nháp hoặc không) kèm revision, cho người được sửa nội dung")
            .Produces<ContentApiDocument>()
            .ProducesProblems(Status401Unauthorized, Status403Forbidden, Status404NotFound);

        api.MapPut("/{id:int}", (string type, int id, HttpContext http, ContentApiWriter writer, CancellationToken cancellationToken) =>
                writer.UpdateAsync(type, id, http, cancellationToken))
            .WithName("UpdateContent")
            .WithSummary("Lưu phiên bản nháp mới; cần If-Match: \"N\" hoặc trường revision (N cũ → 409)")
            .Accepts<ContentWriteRequest>(Json, Multipart)
            .Produces<ContentApiDocument>()
            .ProducesProblems(Status400BadRequest, Status401Unauthorized, Status403Forbidden, Status404NotFound, Status409Conflict,
                Status413PayloadTooLarge, Status415UnsupportedMediaType, Status422UnprocessableEntity, Status428PreconditionRequired);

        api.MapPost("/{id:int}/publish", (string type, int id, HttpContext http, ContentApiWriter writer, CancellationToken cancellationToken) =>
                writer.PublishAsync(type, id, http, cancellationToken))
            .WithName("PublishContent")
            .WithSummary("Xuất bản phiên bản mới nhất; publishedAt (có múi giờ) cần quyền đặt ngày xuất bản")
            .Accepts<ContentPublishRequest>(isOptional: true, Json)
            .Produces<ContentApiDocument>()
            .ProducesActionProblems();

        api.MapPost("/{id:int}/translations/{otherId:int}", (string type, int id, int otherId, HttpContext http, ContentApiWriter writer,
                CancellationToken cancellationToken) => writer.LinkTranslationAsync(type, id, otherId, http, cancellationToken))
            .WithName("LinkContentTranslation")
            .WithSummary("Liên kết nội dung otherId (cùng loại, ngôn ngữ khác) làm bản dịch của nội dung id; mỗi ngôn ngữ một bản (trùng → 409)")
            .Produces<ContentApiDocument>()
            .ProducesProblems(Status401Unauthorized, Status403Forbidden, Status404NotFound, Status409Conflict);

        MapAction(api, HttpMethods.Post, "/unpublish", "UnpublishContent", "Gỡ xuất bản", (w, t, i, h, c) => w.UnpublishAsync(t, i, h, c));
        MapAction(api, HttpMethods.Post, "/restore", "RestoreContent", "Khôi phục từ thùng rác", (w, t, i, h, c) => w.RestoreAsync(t, i, h, c));
        MapAction(api, HttpMethods.Delete, "", "DeleteContent", "Chuyển vào thùng rác (xóa mềm, khôi phục được)", (w, t, i, h, c) => w.DeleteAsync(t, i, h, c));
        return endpoints;
    }

    private static void MapAction(RouteGroupBuilder api, string method, string action, string name, string summary,
        Func<ContentApiWriter, string, int, HttpContext, CancellationToken, Task<ContentApiDocument>> run) =>
        api.MapMethods($"/{{id:int}}{action}", [method], (string type, int id, HttpContext http, ContentApiWriter writer, CancellationToken cancellationToken) =>
                run(writer, type, id, http, cancellationToken))
            .WithName(name)
            .WithSummary(summary)
            .Accepts<ContentActionRequest>(isOptional: true, Json)
            .Produces<ContentApiDocument>()
            .ProducesActionProblems();

    private static RouteHandlerBuilder ProducesActionProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblems(Status400BadRequest, Status401Unauthorized, Status403Forbidden, Status404NotFound, Status409Conflict,
            Status413PayloadTooLarge, Status415UnsupportedMediaType);

    private static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
