using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ForeignInfoPortal.Core.Files;

namespace ForeignInfoPortal.Storage;

/// <summary>
/// Stored files as objects in an S3-compatible bucket, read through this node's <see cref="S3BlobCache"/>. A put
/// uploads the checked file and keeps it as the cache copy; an open serves the cache copy or downloads it first.
/// </summary>
internal sealed class S3BlobStore(IAmazonS3 s3, S3StorageOptions options, S3BlobCache cache) : IFileBlobStore
{
    private const int BufferSize = 81920;

    public async Task PutAsync(string path, string source, string contentType, CancellationToken cancellationToken)
    {
        try
        {
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = options.Bucket,
                Key = options.KeyOf(path),
                FilePath = source,
                ContentType = contentType,

                // One signed body instead of aws-chunked streaming, which some S3-compatible servers store undecoded.
                UseChunkEncoding = false,
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException or IOException)
        {
            // The upload is refused like any other: the caller shows the message and keeps nothing.
            throw new FileRejectedException("Không lưu được tệp vào kho lưu trữ (máy chủ lưu trữ không phản hồi hoặc từ chối). Vui lòng thử lại sau.");
        }

        cache.Commit(source, path);
    }

    public async Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var local = cache.PathOf(path);
        if (!File.Exists(local))
        {
            var temporary = cache.TemporaryPath();
            try
            {
                using var response = await s3.GetObjectAsync(options.Bucket, options.KeyOf(path), cancellationToken);
                await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
                {
                    await response.ResponseStream.CopyToAsync(output, cancellationToken);
                }

                cache.Commit(temporary, path);
            }
            catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            finally
            {
                File.Delete(temporary);
            }
        }

        return new FileStream(local, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, useAsync: true);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        await s3.DeleteObjectAsync(options.Bucket, options.KeyOf(path), cancellationToken);
        File.Delete(cache.PathOf(path));
    }
}
