using System.Collections.Concurrent;
using System.Globalization;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Imaging;

namespace ForeignInfoPortal.Media.Services;

/// <summary>
/// The derived pictures cached on disk: <c>{CacheFolder}/{id}/{revision}-{width}.{webp|jpg}</c>. A missing one is
/// made once (concurrent requests for it wait for the same work), written to a temporary name and moved into
/// place, so a reader never sees half a file. Replacing a picture raises its revision and purges its folder.
/// </summary>
internal sealed class DerivedImages(ImageProcessor processor, MediaOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _working = new(StringComparer.Ordinal);

    public string PathOf(Guid id, int revision, int width, ImageFormat format) =>
        Path.Combine(options.CacheFolder, id.ToString("N"),
            string.Create(CultureInfo.InvariantCulture, $"{revision}-{width}.{(format == ImageFormat.WebP ? "webp" : "jpg")}"));

    /// <summary>The cached file's path, making it from the original (<paramref name="openOriginal"/>) on a miss; Hit tells which.</summary>
    public async Task<(string Path, bool Hit)> GetAsync(Guid id, int revision, int width, ImageFormat format,
        Func<CancellationToken, Task<Stream?>> openOriginal, CancellationToken cancellationToken)
    {
        var path = PathOf(id, revision, width, format);
        if (File.Exists(path))
        {
            return (path, true);
        }

        var work = _working.GetOrAdd(path, key => new Lazy<Task>(() => MakeAsync(key, width, format, openOriginal)));
        try
        {
            await work.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            _working.TryRemove(new KeyValuePair<string, Lazy<Task>>(path, work));
        }

        return (path, false);
    }

    /// <summary>Makes every width in both formats for one picture (the <c>media derive</c> verb); returns how many were written.</summary>
    public async Task<int> MakeAllAsync(Guid id, int revision, Func<CancellationToken, Task<Stream?>> openOriginal, bool overwrite,
        CancellationToken cancellationToken)
    {
        var made = 0;
        foreach (var width in ImageWidths.All)
        {
            foreach (var format in (ImageFormat[])[ImageFormat.WebP, ImageFormat.Jpeg])
            {
                var path = PathOf(id, revision, width, format);
                if (overwrite)
                {
                    File.Delete(path);
                }

                if (!(await GetAsync(id, revision, width, format, openOriginal, cancellationToken)).Hit)
                {
                    made++;
                }
            }
        }

        return made;
    }

    /// <summary>Removes every cached picture of <paramref name="id"/> (after a replacement or a deletion).</summary>
    public void Purge(Guid id)
    {
        var folder = Path.Combine(options.CacheFolder, id.ToString("N"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task MakeAsync(string path, int width, ImageFormat format, Func<CancellationToken, Task<Stream?>> openOriginal)
    {
        // Not cancelled with the first request: other requests may be waiting for the same file.
        await using var original = await openOriginal(CancellationToken.None) ?? throw new FileNotFoundException("The picture's file is missing.");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            await processor.RunAsync(() =>
            {
                using var input = ImageInput.From(original);
                return processor.WriteDerived(input, width, format, temporary);
            }, CancellationToken.None);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
