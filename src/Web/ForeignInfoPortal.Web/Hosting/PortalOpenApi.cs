using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: the <c>/api</c> endpoints only (not the admin's pages), the
/// bearer-token scheme on every operation that can answer 401, and the fields schema of every registered content
/// type (the <c>fields</c> member of a write depends on <c>{type}</c>, so the types are listed apart).
/// </summary>
internal static class PortalOpenApi
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    public static void AddPortalOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer(DescribeAsync);
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (operation.Responses?.ContainsKey("401") == true)
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiTokenDefaults.AuthenticationScheme, context.Document)] = [] });
                }

                return Task.CompletedTask;
            });
        });

    private static async Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "ForeignInfoPortal API",
            Version = "v1",
            Description = "Đọc và ghi nội dung (tin tức, phát thanh – truyền hình, văn bản chỉ đạo điều hành...) và thống kê xuất bản. "
                + "Lỗi trả về dạng application/problem+json với errorCode cố định. Ghi bằng mã truy cập API (Authorization: Bearer …) "
                + "hoặc phiên đăng nhập kèm tiêu đề RequestVerificationToken.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiTokenDefaults.AuthenticationScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Mã truy cập API do quản trị viên tạo cho một tài khoản; mã mang quyền của tài khoản đó.",
        };

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var type in context.ApplicationServices.GetRequiredService<IContentTypeRegistry>().All)
        {
            var schema = await context.GetOrCreateSchemaAsync(type.FieldsType, parameterDescription: null, cancellationToken);
            schema.Description = $"Trường \"fields\" của loại {type.DisplayName} (/api/content/{type.ApiName}).";
            document.Components.Schemas[$"{type.Name}Fields"] = schema;
        }
    }
}
