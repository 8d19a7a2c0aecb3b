using System.Diagnostics;
using System.Globalization;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media;
using ForeignInfoPortal.Media.Imaging;

namespace ForeignInfoPortal.Benchmarks;

/// <summary>
/// Times the image pipeline against the targets of issue 7, in one run on the same pictures: derived-image
/// throughput of the portal (libvips through P/Invoke) against libvips' own <c>vipsthumbnail</c> for the same widths
/// and formats, both with one libvips thread; and the peak memory of 20 twelve-megapixel uploads cleaned at once.
/// </summary>
internal static class MediaBenchmark
{
    private const int Photos = 6;
    private const int Width = 4032;
    private const int Height = 3024;
    private const int Uploads = 20;

    /// <summary>Everything, or with <paramref name="servingOnly"/> (<c>media --serving</c>) only the cached-derivative serving.</summary>
    public static async Task<int> RunAsync(bool servingOnly = false)
    {
        var folder = Directory.CreateTempSubdirectory("fip-media-bench-").FullName;
        try
        {
            using var processor = new ImageProcessor(new MediaOptions { MaxConcurrentJobs = 2, VipsThreads = 1, MaxPixels = 50_000_000 });
            if (!processor.IsAvailable(out var failure))
            {
                Console.Error.WriteLine(failure);
                return 2;
            }

            var photos = MakePhotos(folder);
            if (servingOnly)
            {
                await MediaServingBenchmark.RunAsync(folder, photos[0]);
                return 0;
            }

            Console.WriteLine($"{Photos} photos of {Width}×{Height}, widths {string.Join('/', ImageWidths.All)}, WebP Q75 + JPEG Q80, one libvips thread.");

            // Warm both sides (library loading, page cache) before timing.
            Derive(processor, photos[..1], Path.Combine(folder, "warm"));
            Thumbnail(photos[..1], Path.Combine(folder, "warm"));

            var ours = Time(() => Derive(processor, photos, Path.Combine(folder, "ours")));
            var theirs = Time(() => Thumbnail(photos, Path.Combine(folder, "vipsthumbnail")));
            var outputs = Photos * ImageWidths.All.Count * 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Portal: {outputs} derived images in {ours.TotalSeconds:0.00} s ({outputs / ours.TotalSeconds:0.0}/s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"vipsthumbnail: {outputs} derived images in {theirs.TotalSeconds:0.00} s ({outputs / theirs.TotalSeconds:0.0}/s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Portal throughput = {theirs.TotalSeconds / ours.TotalSeconds:P0} of vipsthumbnail's (target ≥ 80%)"));

            var before = Process.GetCurrentProcess().WorkingSet64;
            var peak = 0L;
            using var sampler = new Timer(_ => Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), Process.GetCurrentProcess().WorkingSet64)),
                null, 0, 20);
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Uploads).Select(i => processor.RunAsync(() =>
            {
                using var input = ImageInput.FromFile(photos[i % Photos]);
                return processor.WriteCleaned(input, FileKind.Jpeg, Path.Combine(folder, $"clean-{i}.jpg"));
            }, CancellationToken.None)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Uploads} uploads cleaned at once (2 jobs): {clock.Elapsed.TotalSeconds:0.0} s, working set {before / 1048576} MB before, peak {Interlocked.Read(ref peak) / 1048576} MB"));

            await MediaServingBenchmark.RunAsync(folder, photos[0]);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string[] MakePhotos(string folder)
    {
        // A smooth photo-like picture (blurred noise) made by libvips' own tool, saved as camera JPEGs.
        var noise = Path.Combine(folder, "noise.v");
        Run("vips", "gaussnoise", noise, $"{Width}", $"{Height}", "--sigma", "60", "--mean", "128");
        Run("vips", "cast", noise, Path.Combine(folder, "grey.v"), "uchar");
        Run("vips", "gaussblur", Path.Combine(folder, "grey.v"), Path.Combine(folder, "blur.v"), "3");
        Run("vips", "bandjoin", $"{Path.Combine(folder, "blur.v")} {Path.Combine(folder, "grey.v")} {Path.Combine(folder, "blur.v")}", Path.Combine(folder, "rgb.v"));
        Run("vips", "copy", Path.Combine(folder, "rgb.v"), Path.Combine(folder, "srgb.v"), "--interpretation", "srgb");
        return Enumerable.Range(0, Photos).Select(i =>
        {
            var photo = Path.Combine(folder, $"photo-{i}.jpg");
            Run("vips", "copy", Path.Combine(folder, "srgb.v"), photo + "[Q=90]");
            return photo;
        }).ToArray();
    }

    private static void Derive(ImageProcessor processor, string[] photos, string output)
    {
        Directory.CreateDirectory(output);
        foreach (var photo in photos)
        {
            foreach (var width in ImageWidths.All)
            {
                foreach (var format in (ImageFormat[])[ImageFormat.WebP, ImageFormat.Jpeg])
                {
                    using var input = ImageInput.FromFile(photo);
                    processor.WriteDerived(input, width, format, Path.Combine(output, $"{Path.GetFileNameWithoutExtension(photo)}-{width}.{format}"));
                }
            }
        }
    }

    private static void Thumbnail(string[] photos, string output)
    {
        Directory.CreateDirectory(output);
        foreach (var width in ImageWidths.All)
        {
            Run("vipsthumbnail", [.. photos, "-s", $"{width}x", "-o", Path.Combine(output, $"%s-{width}.webp[Q=75,strip]")]);
            Run("vipsthumbnail", [.. photos, "-s", $"{width}x", "-o", Path.Combine(output, $"%s-{width}.jpg[Q=80,strip,optimize_coding,interlace]")]);
        }
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["VIPS_CONCURRENCY"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start (apt-get install libvips-tools)");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}");
        }
    }
}
