using Amazon.Runtime;
using Amazon.S3;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Storage;

/// <summary>
/// Puts stored files in an S3-compatible bucket when <c>Portal:Storage:Provider</c> is <c>S3</c> (several web nodes
/// then share one store); otherwise the core's local disk store stays. A wrong or incomplete configuration stops the
/// start with a message naming the setting, rather than failing on the first upload.
/// </summary>
public sealed class StorageModule : IModule
{
    public string Name => "Storage";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Portal:Storage:Provider"];
        if (string.IsNullOrEmpty(provider) || string.Equals(provider, "Local", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!string.Equals(provider, "S3", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Portal:Storage:Provider must be Local or S3, not \"{provider}\".");
        }

        var options = S3StorageOptions.From(configuration.GetSection("Portal:Storage:S3"));
        services.AddSingleton(options);
        services.AddSingleton<IAmazonS3>(_ => new AmazonS3Client(
            new BasicAWSCredentials(options.AccessKey, options.SecretKey),
            new AmazonS3Config
            {
                ServiceURL = options.ServiceUrl,
                AuthenticationRegion = options.Region,
                ForcePathStyle = options.ForcePathStyle,
                MaxErrorRetry = 2,

                // Checksums only where S3 requires them: many S3-compatible servers do not take the SDK's trailing ones.
                RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            }));
        services.AddSingleton(sp => new S3BlobCache(Path.Combine(
            Path.GetDirectoryName(sp.GetRequiredService<FileStoreOptions>().Root) ?? "App_Data", "s3-cache")));
        services.AddSingleton<IFileBlobStore, S3BlobStore>(); // after the core's TryAdd: this one wins
    }
}
