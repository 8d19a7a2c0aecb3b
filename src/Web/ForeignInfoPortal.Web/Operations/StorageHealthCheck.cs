using ForeignInfoPortal.Core.Files;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ForeignInfoPortal.Web.Operations;

/// <summary>
/// Ready when the blob store (local folder or S3 bucket) keeps a small probe and gives the same bytes back; the probe is
/// deleted afterwards. It goes through <see cref="IFileBlobStore"/>, the same path uploads take.
/// </summary>
internal sealed class StorageHealthCheck(IFileBlobStore blobs, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    private const string ProbeFolder = "health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Guid.NewGuid().ToByteArray();
        var path = $"{ProbeFolder}/{Environment.MachineName}-{Guid.NewGuid():N}.probe";
        var source = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(source, probe, cancellationToken);
            await blobs.PutAsync(path, source, "application/octet-stream", cancellationToken);
            var read = new byte[probe.Length + 1];
            int length;
            await using (var stream = await blobs.OpenAsync(path, cancellationToken))
            {
                length = stream is null ? -1 : await stream.ReadAtLeastAsync(read, read.Length, throwOnEndOfStream: false, cancellationToken);
            }

            await blobs.DeleteAsync(path, cancellationToken);
            return length == probe.Length && read.AsSpan(0, length).SequenceEqual(probe)
                ? HealthCheckResult.Healthy("The file store keeps and returns bytes.")
                : HealthCheckResult.Unhealthy("The file store returned other bytes than it was given.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Readiness: the file store check failed");
            return HealthCheckResult.Unhealthy("The file store cannot keep or return files.");
        }
        finally
        {
            File.Delete(source);
        }
    }
}
