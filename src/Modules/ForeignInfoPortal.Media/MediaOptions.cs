using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Media;

/// <summary>The module's settings (<c>Portal:Media:*</c>), read once at start.</summary>
internal sealed class MediaOptions
{
    public const string Section = "Portal:Media";

    /// <summary>Largest picture accepted, in pixels as its header declares them (<c>MaxPixels</c>, 50 megapixels).</summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>Largest upload in bytes (<c>MaxMegabytes</c>, 30).</summary>
    public long MaxBytes { get; init; } = 30L * 1024 * 1024;

    /// <summary>Pictures decoded at the same time, whatever the number of requests (<c>MaxConcurrentJobs</c>, the processor count).</summary>
    public int MaxConcurrentJobs { get; init; } = Environment.ProcessorCount;

    /// <summary>libvips worker threads per picture (<c>VipsThreads</c>, 1: the jobs already run side by side).</summary>
    public int VipsThreads { get; init; } = 1;

    public int JpegQuality { get; init; } = 80;

    public int WebpQuality { get; init; } = 75;

    /// <summary>Quality of the cleaned original kept in the library (JPEG and WebP).</summary>
    public int OriginalQuality { get; init; } = 90;

    /// <summary>Where derived pictures are cached (<c>CacheFolder</c>, <c>{DataFolder}/media-cache</c>).</summary>
    public string CacheFolder { get; init; } = "";

    /// <summary>Where uploads wait while they are checked and cleaned (<c>{DataFolder}/media-work</c>).</summary>
    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "fip-media-work");

    public static MediaOptions From(IConfiguration configuration, string dataFolder)
    {
        var section = configuration.GetSection(Section);
        var defaults = new MediaOptions();
        return new MediaOptions
        {
            MaxPixels = Read(section, "MaxPixels", defaults.MaxPixels),
            MaxBytes = Core.Web.UploadRequestLimit.MediaBytes(configuration), // the same figure bounds upload requests
            MaxConcurrentJobs = (int)Math.Max(1, Read(section, "MaxConcurrentJobs", defaults.MaxConcurrentJobs)),
            VipsThreads = (int)Math.Max(1, Read(section, "VipsThreads", defaults.VipsThreads)),
            JpegQuality = (int)Math.Clamp(Read(section, "JpegQuality", defaults.JpegQuality), 1, 100),
            WebpQuality = (int)Math.Clamp(Read(section, "WebpQuality", defaults.WebpQuality), 1, 100),
            OriginalQuality = (int)Math.Clamp(Read(section, "OriginalQuality", defaults.OriginalQuality), 1, 100),
            CacheFolder = Path.GetFullPath(section["CacheFolder"] is { Length: > 0 } folder ? folder : Path.Combine(dataFolder, "media-cache")),
            WorkFolder = Path.GetFullPath(Path.Combine(dataFolder, "media-work")),
        };
    }

    private static long Read(IConfiguration section, string key, long fallback) =>
        long.TryParse(section[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
