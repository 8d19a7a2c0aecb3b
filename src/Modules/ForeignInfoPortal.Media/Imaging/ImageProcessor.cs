using System.Globalization;
using System.Runtime.InteropServices;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;

namespace ForeignInfoPortal.Media.Imaging;

/// <summary>What a picture's header says, read without decoding its pixels.</summary>
/// <param name="Loader">libvips' loader nickname ("jpegload_source").</param>
/// <param name="Width">Stored width in pixels (before the EXIF orientation is applied).</param>
/// <param name="Height">Stored height in pixels.</param>
/// <param name="Orientation">The EXIF orientation (1 upright … 8).</param>
internal sealed record ImageHeader(string Loader, int Width, int Height, int Orientation)
{
    public long Pixels => (long)Width * Height;

    /// <summary>Orientations 5–8 turn the picture a quarter, swapping width and height.</summary>
    public bool IsTurned => Orientation is >= 5 and <= 8;

    public int DisplayWidth => IsTurned ? Height : Width;

    public int DisplayHeight => IsTurned ? Width : Height;
}

/// <summary>
/// The image pipeline on libvips: read a header (for the pixel limit, before any decoding), write a cleaned copy
/// of an upload (EXIF orientation applied, metadata stripped, same format) and write the derived widths in WebP
/// and JPEG with shrink-on-load. At most <see cref="MediaOptions.MaxConcurrentJobs"/> pictures are worked on at
/// once, so memory stays bounded whatever the number of uploads.
/// </summary>
internal sealed class ImageProcessor : IDisposable
{
    // VIPS_MAX_COORD: "no limit" for the side that is not constrained.
    internal const int Unbounded = 10_000_000;
    private const string LoadOptions = "fail_on=truncated";

    private readonly MediaOptions _options;
    private readonly SemaphoreSlim _jobs;

    public ImageProcessor(MediaOptions options)
    {
        _options = options;
        _jobs = new SemaphoreSlim(options.MaxConcurrentJobs);
    }

    /// <summary>True when libvips is loaded; <paramref name="failure"/> says why not.</summary>
    public bool IsAvailable(out string? failure) => Vips.TryStart(_options.VipsThreads, out failure);

    /// <summary>Runs <paramref name="work"/> when a job slot is free (waiting asynchronously).</summary>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        Start();
        await _jobs.WaitAsync(cancellationToken);
        try
        {
            return work();
        }
        finally
        {
            _jobs.Release();
        }
    }

    /// <summary>The header of <paramref name="input"/>, or an <see cref="ImageException"/> when no loader knows it.</summary>
    public static ImageHeader ReadHeader(ImageInput input)
    {
        var nickname = VipsNative.vips_foreign_find_load_source(input.Handle);
        if (nickname == 0)
        {
            throw new ImageException(Vips.TakeError());
        }

        var loader = Marshal.PtrToStringUTF8(nickname)!;
        // Loaders are lazy: building one reads the header only; pixels are decoded when something asks for them.
        var image = Vips.Call(loader, op =>
        {
            Vips.SetObject(op, "source", input.Handle, VipsNative.vips_source_get_type());
            Vips.SetOptions(op, "access=sequential");
        }, "out");
        try
        {
            return new ImageHeader(loader, VipsNative.vips_image_get_width(image), VipsNative.vips_image_get_height(image),
                Math.Clamp(VipsNative.vips_image_get_orientation(image), 1, 8));
        }
        finally
        {
            VipsNative.g_object_unref(image);
        }
    }

    /// <summary>Refuses a header whose pixels are above the configured limit (a decompression bomb is refused here, before decoding).</summary>
    public void CheckPixels(ImageHeader header)
    {
        if (header.Pixels > _options.MaxPixels)
        {
            throw new ImageTooLargeException(header, _options.MaxPixels);
        }
    }

    /// <summary>
    /// Writes <paramref name="input"/> at its own size to <paramref name="outputPath"/> in <paramref name="kind"/>:
    /// turned upright, metadata (EXIF with GPS, XMP, IPTC, comments) stripped, fully decoded (so a truncated or
    /// corrupt file fails here). Returns the written picture's width and height.
    /// </summary>
    public (int Width, int Height) WriteCleaned(ImageInput input, FileKind kind, string outputPath)
    {
        CheckPixels(ReadHeader(input));
        var saver = kind switch
        {
            FileKind.Jpeg => ("jpegsave_target", string.Create(CultureInfo.InvariantCulture, $"Q={_options.OriginalQuality}, strip=true, optimize_coding=true")),
            FileKind.Png => ("pngsave_target", "strip=true"),
            FileKind.WebP => ("webpsave_target", string.Create(CultureInfo.InvariantCulture, $"Q={_options.OriginalQuality}, strip=true")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a library picture kind."),
        };
        return Write(input, Unbounded, saver.Item1, saver.Item2, outputPath);
    }

    /// <summary>
    /// Writes the derived picture of <paramref name="width"/> (never wider than the original) in
    /// <paramref name="format"/> to <paramref name="outputPath"/>, shrinking on load.
    /// </summary>
    public (int Width, int Height) WriteDerived(ImageInput input, int width, ImageFormat format, string outputPath)
    {
        CheckPixels(ReadHeader(input));
        return format == ImageFormat.WebP
            ? Write(input, width, "webpsave_target", string.Create(CultureInfo.InvariantCulture, $"Q={_options.WebpQuality}, strip=true"), outputPath)
            : Write(input, width, "jpegsave_target",
                string.Create(CultureInfo.InvariantCulture, $"Q={_options.JpegQuality}, strip=true, optimize_coding=true, interlace=true"), outputPath);
    }

    /// <summary>Scales <paramref name="input"/> down to <paramref name="width"/> (upright, sRGB) and saves it with libvips saver <paramref name="saver"/> and its options.</summary>
    internal static (int Width, int Height) Write(ImageInput input, int width, string saver, string saveOptions, string outputPath)
    {
        // thumbnail_source applies the EXIF orientation (auto_rotate is its default), converts to sRGB, and asks
        // the loader to shrink while decoding (JPEG DCT scaling, WebP scaled decode) — the fast path of vipsthumbnail.
        var image = Vips.Call("thumbnail_source", op =>
        {
            Vips.SetObject(op, "source", input.Handle, VipsNative.vips_source_get_type());
            Vips.SetString(op, "option_string", LoadOptions);
            Vips.SetOptions(op, string.Create(CultureInfo.InvariantCulture, $"width={width}, height={Unbounded}, size=down"));
        }, "out");
        try
        {
            var target = VipsNative.vips_target_new_to_file(outputPath);
            if (target == 0)
            {
                throw new ImageException(Vips.TakeError());
            }

            try
            {
                Vips.Call(saver, op =>
                {
                    Vips.SetObject(op, "in", image, VipsNative.vips_image_get_type());
                    Vips.SetObject(op, "target", target, VipsNative.vips_target_get_type());
                    Vips.SetOptions(op, saveOptions);
                }, output: null);
            }
            finally
            {
                VipsNative.g_object_unref(target);
            }

            if (saver.StartsWith("webp", StringComparison.Ordinal))
            {
                WebpMetadata.Strip(outputPath);
            }

            return (VipsNative.vips_image_get_width(image), VipsNative.vips_image_get_height(image));
        }
        finally
        {
            VipsNative.g_object_unref(image);
        }
    }

    public void Dispose() => _jobs.Dispose();

    private void Start()
    {
        if (!IsAvailable(out var failure))
        {
            throw new ImagingUnavailableException(failure ?? Vips.InstallHint);
        }
    }
}

/// <summary>The picture has more pixels than <c>Portal:Media:MaxPixels</c> allows (refused from its header).</summary>
internal sealed class ImageTooLargeException(ImageHeader header, long maxPixels)
    : Exception($"{header.Width}×{header.Height} pixels is above the limit of {maxPixels}.")
{
    public ImageHeader Header { get; } = header;

    public long MaxPixels { get; } = maxPixels;
}
