using System.Globalization;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Web;
using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// How large a write may be: JSON bodies <c>Portal:Api:MaxJsonKilobytes</c> (1024), multipart bodies
/// <c>Portal:Api:MaxMultipartMegabytes</c> (by default the host's upload request limit). Larger bodies get 413
/// <c>payload_too_large</c> before anything is read into the database.
/// </summary>
internal sealed class ContentApiLimits(IConfiguration configuration, IContentTypeRegistry types)
{
    public const string MaxJsonKilobytesKey = "Portal:Api:MaxJsonKilobytes";
    public const string MaxMultipartMegabytesKey = "Portal:Api:MaxMultipartMegabytes";
    public const int DefaultJsonKilobytes = 1024;

    public long JsonBytes => (long)((Read(MaxJsonKilobytesKey) ?? DefaultJsonKilobytes) * 1024);

    public long MultipartBytes => Read(MaxMultipartMegabytesKey) is { } megabytes
        ? (long)(megabytes * 1024 * 1024)
        : UploadRequestLimit.Bytes(configuration, types);

    private double? Read(string key) =>
        double.TryParse(configuration[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
