using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary>
/// What the host does for <c>/api</c>: every answer is problem JSON, never a page or a redirect to the sign-in form;
/// visitors' reads are rate limited per client IP; the OpenAPI document is served (<see cref="PortalOpenApi"/>).
/// </summary>
internal static class PortalApi
{
    public static void AddPortalApi(this IServiceCollection services)
    {
        // Vietnamese stays readable in JSON answers ("Không tìm thấy", not "Kh\u00F4ng...").
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        // The cookie handler would answer an API client's 401/403 with a redirect to a page.
        services.ConfigureApplicationCookie(options =>
        {
            var signIn = options.Events.OnRedirectToLogin;
            var denied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context =>
            {
                if (!ApiProblem.IsApiRequest(context.Request))
                {
                    return signIn(context);
                }

                // A 401 names the scheme that would be accepted (RFC 9110 §11.6.1): machine clients send a token.
                context.Response.Headers.WWWAuthenticate = ApiTokenDefaults.AuthenticationScheme;
                return ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "unauthenticated", "Cần đăng nhập hoặc gửi mã truy cập API.");
            };
            options.Events.OnRedirectToAccessDenied = context => ApiProblem.IsApiRequest(context.Request)
                ? ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "forbidden", "Tài khoản không có quyền thực hiện yêu cầu này.")
                : denied(context);
        });

        services.AddOptions<AnonymousReadLimits>().BindConfiguration(AnonymousReadLimits.Section)
            .Validate(l => l.PermitLimit > 0 && l.WindowSeconds > 0, "Portal:RateLimits:AnonymousReads needs a positive PermitLimit and WindowSeconds.");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ApiRateLimits.AnonymousReads, AnonymousReadPartition);
            options.OnRejected = RejectAsync;
        });
        services.AddPortalOpenApi();
    }

    /// <summary>Problem JSON for status codes that reach <c>/api</c> without a body (an unknown path, a wrong method).</summary>
    public static void UseApiStatusCodes(this WebApplication app) =>
        app.UseWhen(context => ApiProblem.IsApiRequest(context.Request), api => api.UseStatusCodePages(context =>
        {
            var status = context.HttpContext.Response.StatusCode;
            var (code, detail) = status switch
            {
                StatusCodes.Status404NotFound => ("not_found", "Không có địa chỉ API này."),
                StatusCodes.Status405MethodNotAllowed => ("method_not_allowed", "Địa chỉ này không nhận phương thức HTTP đã dùng."),
                StatusCodes.Status415UnsupportedMediaType => ("unsupported_media_type", "Địa chỉ này không nhận kiểu nội dung đã gửi (Content-Type); xem /openapi/v1.json."),
                StatusCodes.Status401Unauthorized => ("unauthenticated", "Cần đăng nhập hoặc gửi mã truy cập API."),
                StatusCodes.Status403Forbidden => ("forbidden", "Tài khoản không có quyền thực hiện yêu cầu này."),
                _ => ("http_" + status.ToString(CultureInfo.InvariantCulture), ApiProblem.Title(status)),
            };
            return ApiProblem.WriteAsync(context.HttpContext, status, code, detail);
        }));

    // Signed-in users and token clients are known and accountable; visitors share a window per IP address.
    // Behind a reverse proxy the address is the proxy's unless forwarded headers are configured.
    private static RateLimitPartition<string> AnonymousReadPartition(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return RateLimitPartition.GetNoLimiter("authenticated");
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<AnonymousReadLimits>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new()
        {
            PermitLimit = limits.PermitLimit,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : context.HttpContext.RequestServices.GetRequiredService<IOptions<AnonymousReadLimits>>().Value.WindowSeconds;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "rate_limited",
            $"Quá nhiều yêu cầu từ địa chỉ này; hãy thử lại sau {seconds} giây.");
    }
}
