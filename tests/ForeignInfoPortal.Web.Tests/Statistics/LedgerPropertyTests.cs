using ForeignInfoPortal.Core.Content;
using Microsoft.Extensions.DependencyInjection;
using static ForeignInfoPortal.Web.Tests.Statistics.LedgerSite;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>Random sequences of changes (seeded, so a failure repeats) always leave the counters right.</summary>
public sealed class LedgerPropertyTests(LedgerSite site) : IClassFixture<LedgerSite>
{
    private static readonly string[] Kinds = ["radio", "tv"];
    private static readonly string[] Cultures = ["vi", "en"];

    [Fact]
    public async Task RandomChanges_VerifyStaysClean_AndReportEqualsABruteForceCount()
    {
        var random = new Random(20240630);
        var units = new int?[] { null, await site.UnitIdAsync("phuong-xuat-hoa"), await site.UnitIdAsync("phong-vhtt") };
        ContentInput RandomInput(string title) => Probe(title, Vn(2030, random.Next(1, 13), random.Next(1, 29), random.Next(0, 24), 30),
            Kinds[random.Next(2)], units[random.Next(3)], Cultures[random.Next(2)], random.Next(3) == 0 ? "chu-de" : null);

        var ids = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await site.CreateAsync(RandomInput($"Ngẫu nhiên {i}"))).Id);
        }

        for (var batch = 0; batch < 10; batch++)
        {
            for (var step = 0; step < 20; step++)
            {
                var id = ids[random.Next(ids.Count)];
                try
                {
                    _ = random.Next(6) switch
                    {
                        0 or 1 => await site.PublishAsync(id),
                        2 => await site.UnpublishAsync(id),
                        3 => await site.DeleteAsync(id),
                        4 => await site.RestoreAsync(id),
                        _ => await site.SaveDraftAsync(id, RandomInput($"Sửa {id}")),
                    };
                }
                catch (ContentStateException)
                {
                    // not allowed in the item's state (publish what is published, restore what is not deleted): skipped
                }
            }

            await site.AssertNoDriftAsync();
            Assert.Equal(await BruteForceAsync(ids), (await site.ProbesAsync(new(2030, 1, 1), new(2030, 12, 31))).Published);
        }
    }

    private async Task<int> BruteForceAsync(List<int> ids)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var count = 0;
        foreach (var id in ids)
        {
            var item = (await manager.GetAsync(id))!;
            if (item.Status == ContentStatus.Published && !item.IsDeleted && item.Versions.Single(v => v.IsPublished).PublishedUtc is not null)
            {
                count++;
            }
        }

        return count;
    }
}
