using ForeignInfoPortal.Core.Content;
using static ForeignInfoPortal.Web.Tests.Statistics.LedgerSite;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>Random sequences of changes (seeded, so a failure repeats) always leave every counter table right.</summary>
public sealed class LedgerPropertyTests(LedgerSite site) : IClassFixture<LedgerSite>
{
    private static readonly string[] Kinds = ["radio", "tv"];
    private static readonly string[] Cultures = ["vi", "en"];

    [Fact]
    public async Task RandomChanges_VerifyStaysClean_AndEveryCounterTableEqualsABruteForceRecount()
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
            var expected = await CounterRecount.ExpectedAsync(site, ids);
            Assert.Equal(expected, await CounterRecount.StoredAsync(site));

            // A whole year reads the month-by-type table; a range cut inside months reads daily edges too.
            Assert.Equal(Sum(expected, "2030-01-01", "2030-12-31"), await site.ProbesAsync(new(2030, 1, 1), new(2030, 12, 31)));
            Assert.Equal(Sum(expected, "2030-02-10", "2030-11-20"), await site.ProbesAsync(new(2030, 2, 10), new(2030, 11, 20)));
        }
    }

    // Published and withdrawn from the brute-force daily rows of the probe type whose day is in the range.
    private static (int Published, int Withdrawn) Sum(SortedDictionary<string, (int Published, int Withdrawn)> rows, string from, string to)
    {
        var days = rows.Where(r => r.Key.StartsWith("PublicationCounters|", StringComparison.Ordinal))
            .Select(r => (Parts: r.Key.Split('|'), r.Value))
            .Where(r => r.Parts[2] == LedgerProbeFields.TypeName && string.CompareOrdinal(r.Parts[1], from) >= 0 && string.CompareOrdinal(r.Parts[1], to) <= 0)
            .ToList();
        return (days.Sum(r => r.Value.Published), days.Sum(r => r.Value.Withdrawn));
    }
}
