using System.Collections.Concurrent;
using System.Globalization;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Imaging;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Media.Services;

/// <summary>
/// The derived pictures cached on disk: <c>{CacheFolder}/{id}/{revision}-{width}.{webp|jpg}</c>. A missing one is
/// made once (concurrent requests for it wait for the same work), written to a temporary name and moved into
/// place, so a reader never sees half a file. Replacing a picture raises its revision and purges its folder.
/// The shared job belongs to no request: it opens the original in a scope of its own and is never cancelled, so
/// an aborted first request does not fail the others; a waiter that gives up only stops waiting.
/// </summary>
internal sealed class DerivedImages(ImageProcessor processor, MediaOptions options, IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _working = new(StringComparer.Ordinal);

    public string PathOf(Guid id, int revision, int width, ImageFormat format) =>
        Path.Combine(options.CacheFolder, id.ToString("N"),
            string.Create(CultureInfo.InvariantCulture, $"{revision}-{width}.{(format == ImageFormat.WebP ? "webp" : "jpg")}"));

    /// <summary>
    /// The cached file's path, making it from the original (stored file <paramref name="fileId"/>) on a miss; Hit
    /// tells which. <see cref="FileNotFoundException"/> when the original is gone.
    /// </summary>
    public async Task<(string Path, bool Hit)> GetAsync(Guid id, int revision, Guid fileId, int width, ImageFormat format,
        CancellationToken cancellationToken)
    {
        var path = PathOf(id, revision, width, format);
        if (File.Exists(path))
        {
            return (path, true);
        }

        var work = _working.GetOrAdd(path, key => new Lazy<Task>(() => StartAsync(key, fileId, width, format)));
        await work.Value.WaitAsync(cancellationToken);
        return (path, false);
    }

    private Task StartAsync(string path, Guid fileId, int width, ImageFormat format)
    {
        var job = Task.Run(() => MakeAsync(path, fileId, width, format), CancellationToken.None);
        // Only the job itself leaves the list, when it is over: a cancelled waiter must not let a second job start.
        _ = job.ContinueWith(_ => _working.TryRemove(path, out var _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return job;
    }

    /// <summary>Makes every width in both formats for one picture (the <c>media derive</c> verb); returns how many were written.</summary>
    public async Task<int> MakeAllAsync(Guid id, int revision, Guid fileId, bool overwrite, CancellationToken cancellationToken)
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

                if (!(await GetAsync(id, revision, fileId, width, format, cancellationToken)).Hit)
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

    private async Task MakeAsync(string path, Guid fileId, int width, ImageFormat format)
    {
        // Not cancelled with the first request, and not with its services: other requests may be waiting for the same file.
        await using var scope = scopes.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenAsync(fileId, CancellationToken.None)
            ?? throw new FileNotFoundException("The picture's file is missing.");
        await using var original = opened.Content;
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
