using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Media.Models;
using ForeignInfoPortal.Media.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Media;

/// <summary>
/// <c>media derive --all [--force]</c>: makes every derived width in WebP and JPEG for every library picture
/// (after a restore of the database and files, or a change of quality settings with <c>--force</c>, which
/// rewrites the cached files). Exit codes: 0 done, 1 some pictures failed, 2 wrong arguments.
/// </summary>
internal sealed class MediaVerb(IServiceScopeFactory scopes, DerivedImages derived) : IHostVerb
{
    public string Name => "media";

    public string Usage => "media derive --all [--force]   make (--force: remake) the derived sizes of every library picture";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count < 2 || arguments[0] != "derive" || arguments[1] != "--all" || arguments.Skip(2).Any(a => a != "--force"))
        {
            await output.WriteLineAsync("Cách dùng: media derive --all [--force]");
            return 2;
        }

        var force = arguments.Contains("--force");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortalDbContext>();
        var pictures = await db.Set<MediaItem>().AsNoTracking().OrderBy(i => i.CreatedUtc)
            .Select(i => new { i.Id, i.Revision, i.FileId, i.Name }).ToListAsync(cancellationToken);
        int made = 0, failed = 0;
        foreach (var picture in pictures)
        {
            try
            {
                made += await derived.MakeAllAsync(picture.Id, picture.Revision, picture.FileId, force, cancellationToken);
            }
            catch (Exception error) when (error is Imaging.ImageException or Imaging.ImagingUnavailableException or FileNotFoundException)
            {
                failed++;
                await output.WriteLineAsync($"Lỗi: {picture.Id:N} \"{picture.Name}\": {error.Message}");
            }
        }

        await output.WriteLineAsync($"Đã xử lý {pictures.Count} ảnh: tạo mới {made} tệp, lỗi {failed} ảnh.");
        return failed == 0 ? 0 : 1;
    }
}
