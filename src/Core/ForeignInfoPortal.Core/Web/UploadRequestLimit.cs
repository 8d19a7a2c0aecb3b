using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// How large a request carrying uploads may be: <c>Portal:Files:MaxRequestMegabytes</c>, else twice the largest
/// file limit of any registered type plus room for the rest of the form. Each file is still checked against its
/// own limit by the file store; this only bounds what the server reads.
/// </summary>
public static class UploadRequestLimit
{
    public const string MaxRequestMegabytesKey = "Portal:Files:MaxRequestMegabytes";
    private const long BytesPerMegabyte = 1024 * 1024;

    public static long Bytes(IConfiguration configuration, IContentTypeRegistry types) =>
        configuration.GetValue<long?>(MaxRequestMegabytesKey) * BytesPerMegabyte
        ?? (FileLimits.LargestBytes(configuration, types.All) * 2) + (16 * BytesPerMegabyte);
}
