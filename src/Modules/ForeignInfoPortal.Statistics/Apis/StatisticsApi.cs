using System.Text.Json;
using System.Text.Json.Serialization;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Statistics.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ForeignInfoPortal.Statistics.Apis;

/// <summary>
/// <c>GET /api/statistics/publications?from=&amp;to=&amp;groupBy=&amp;compare=</c>: the publication report as JSON,
/// for signed-in staff holding <see cref="StatisticsPermissions.ViewStatistics"/>. Errors are RFC 7807 problem
/// details with an <c>errorCode</c>.
/// </summary>
internal static class StatisticsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/statistics").WithTags("Statistics")
            .MapGet("/publications", GetPublicationsAsync)
            .WithName("GetPublicationReport")
            .WithSummary("Số nội dung xuất bản trong khoảng ngày (giờ Việt Nam), theo loại và loại con, có thể chia theo đơn vị, chuyên mục, ngôn ngữ, tháng")
            .Produces<PublicationReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    // The check is made here rather than with RequireAuthorization: the cookie scheme would answer an API
    // client with a redirect to the sign-in page instead of a 401.
    public static async Task<Results<JsonHttpResult<PublicationReport>, ProblemHttpResult>> GetPublicationsAsync(
        string? from, string? to, string? groupBy, bool? compare, HttpContext http,
        IAuthorizationService authorization, IPublicationReportService reports, CancellationToken cancellationToken)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Problem(StatusCodes.Status401Unauthorized, "unauthenticated", "Chưa đăng nhập", "Hãy đăng nhập để xem thống kê.");
        }

        if (!await authorization.AuthorizeAsync(http.User, StatisticsPermissions.ViewStatistics))
        {
            return Problem(StatusCodes.Status403Forbidden, "forbidden", "Không có quyền", "Tài khoản không có quyền xem thống kê.");
        }

        if (!ReportRequestParser.TryParse(from, to, groupBy, compare ?? false, out var request, out var error))
        {
            return Problem(StatusCodes.Status400BadRequest, "invalid_report_request", "Yêu cầu không hợp lệ", error);
        }

        return TypedResults.Json(await reports.BuildAsync(request, cancellationToken), Json);
    }

    private static ProblemHttpResult Problem(int status, string errorCode, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["errorCode"] = errorCode });
}
