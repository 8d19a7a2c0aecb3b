using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Storage;

/// <summary>The bucket's settings (<c>Portal:Storage:S3:*</c>); keys come from configuration or the environment only.</summary>
internal sealed record S3StorageOptions(string ServiceUrl, string Bucket, string AccessKey, string SecretKey, string Region, bool ForcePathStyle, string Prefix)
{
    public static S3StorageOptions From(IConfigurationSection section)
    {
        string Required(string key) => section[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Portal:Storage:Provider is S3 but {section.Path}:{key} is not set.");

        var prefix = (section["Prefix"] ?? "").Trim('/');
        return new S3StorageOptions(
            Required("ServiceUrl"), Required("Bucket"), Required("AccessKey"), Required("SecretKey"),
            section["Region"] is { Length: > 0 } region ? region : "us-east-1",
            // Path-style addressing is what MinIO, Ceph and most self-hosted stores expect.
            !bool.TryParse(section["ForcePathStyle"], out var pathStyle) || pathStyle,
            prefix.Length == 0 ? "" : prefix + "/");
    }

    /// <summary>The object key of a stored file's relative path (several portals may share a bucket by prefix).</summary>
    public string KeyOf(string path) => Prefix + path.Replace('\\', '/');
}
