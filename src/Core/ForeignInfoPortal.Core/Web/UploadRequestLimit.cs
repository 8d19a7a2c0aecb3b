using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// How large a request carrying uploads may be: <c>Portal:Files:MaxRequestMegabytes</c>, else twice the largest
/// file limit (of any registered type's file fields and of the media library's <c>Portal:Media:MaxMegabytes</c>)
/// plus room for the rest of the form. Each file is still checked against its own limit by the file store or the
/// media library; this only bounds what the server reads.
/// </summary>
public static class UploadRequestLimit
{
    public const string MaxRequestMegabytesKey = "Portal:Files:MaxRequestMegabytes";
    public const string MediaMaxMegabytesKey = "Portal:Media:MaxMegabytes";

    /// <summary>The media library's largest picture when <c>Portal:Media:MaxMegabytes</c> is not set.</summary>
    public const double DefaultMediaMegabytes = 30;
    private const long BytesPerMegabyte = 1024 * 1024;

    public static long Bytes(IConfiguration configuration, IContentTypeRegistry types) =>
        configuration.GetValue<long?>(MaxRequestMegabytesKey) * BytesPerMegabyte
        ?? (Math.Max(FileLimits.LargestBytes(configuration, types.All), MediaBytes(configuration)) * 2) + (16 * BytesPerMegabyte);

    /// <summary>The media library's limit per picture in bytes (the Media module reads the same key).</summary>
    public static long MediaBytes(IConfiguration configuration) =>
        (long)((double.TryParse(configuration[MediaMaxMegabytesKey], System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var megabytes) && megabytes > 0 ? megabytes : DefaultMediaMegabytes) * BytesPerMegabyte);
}
