using System.Text.Json;
using System.Text.Json.Serialization;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Web;
using ForeignInfoPortal.Statistics.Reports;
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
        endpoints.MapGroup("/api/statistics").WithTags("Statistics").RequireApiCaller()
            .MapGet("/publications", GetPublicationsAsync)
            .RequirePermission(StatisticsPermissions.ViewStatistics)
            .WithName("GetPublicationReport")
            .WithSummary("Số nội dung xuất bản trong khoảng ngày (giờ Việt Nam), theo loại và loại con, có thể chia theo đơn vị, chuyên mục, ngôn ngữ, tháng")
            .Produces<PublicationReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    public static async Task<Results<JsonHttpResult<PublicationReport>, ProblemHttpResult>> GetPublicationsAsync(
        string? from, string? to, string? groupBy, bool? compare, IPublicationReportService reports, CancellationToken cancellationToken)
    {
        if (!ReportRequestParser.TryParse(from, to, groupBy, compare ?? false, out var request, out var error))
        {
            return ApiProblem.Result(StatusCodes.Status400BadRequest, "invalid_report_request", error);
        }

        return TypedResults.Json(await reports.BuildAsync(request, cancellationToken), Json);
    }
}
