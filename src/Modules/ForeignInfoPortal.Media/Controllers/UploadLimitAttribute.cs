using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Media.Controllers;

/// <summary>
/// Bounds an upload request by the host's limit (<see cref="UploadRequestLimit"/>, which counts
/// <c>Portal:Media:MaxMegabytes</c>): a larger declared length is refused with 413 and a Vietnamese message before
/// anything is read; a body without a declared length is read only up to the limit (the form reader's own limit is
/// the same figure) and refused the same way. An authorization filter ordered first, so this happens before the
/// antiforgery check reads the form.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    // Before the antiforgery filter (order 1000), which reads the whole form.
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var configuration = http.RequestServices.GetRequiredService<IConfiguration>();
        var limit = UploadRequestLimit.Bytes(configuration, http.RequestServices.GetRequiredService<IContentTypeRegistry>());
        if (http.Request.ContentLength <= limit || !http.Request.HasFormContentType)
        {
            return;
        }

        if (http.Request.ContentLength is null)
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
                return;
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
            }
            catch (InvalidDataException)
            {
            }
        }

        var refusal = $"Yêu cầu tải lên quá lớn: tối đa {FileLimits.Megabytes(limit)} MB mỗi lần, mỗi ảnh tối đa "
            + $"{FileLimits.Megabytes(UploadRequestLimit.MediaBytes(configuration))} MB. Hãy tải lên ít ảnh hơn mỗi lần.";
        context.Result = new ObjectResult(new { errors = new[] { refusal } }) { StatusCode = StatusCodes.Status413PayloadTooLarge };
    }
}
