using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Statistics.Services;

namespace ForeignInfoPortal.Statistics.Tests;

/// <summary>The counting rule: when an item counts, and under which key.</summary>
public sealed class LedgerCountingTests
{
    private static readonly DateTime Noon = new(2024, 3, 1, 5, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Counted_PublishedNotDeleted_KeysWithEmptyDimensionsForMissingValues()
    {
        var key = Counting.Counted(Item(ContentStatus.Published), Version(Noon));
        Assert.NotNull(key);
        Assert.Equal((Noon, "News", "", 0, "vi", ""), (key.PublishedUtc, key.ContentType, key.Subtype, key.UnitId, key.Culture, key.Category));
    }

    [Theory]
    [InlineData(ContentStatus.Draft, false)]
    [InlineData(ContentStatus.Unpublished, false)]
    [InlineData(ContentStatus.Published, true)]
    public void Counted_DeletedOrNotPublished_DoesNotCount(ContentStatus status, bool deleted)
    {
        var item = Item(status);
        item.IsDeleted = deleted || status == ContentStatus.Published;
        Assert.Null(Counting.Counted(item, Version(Noon)));
    }

    [Fact]
    public void Counted_NoPublishedVersionOrNoDate_DoesNotCount()
    {
        Assert.Null(Counting.Counted(Item(ContentStatus.Published), null));
        Assert.Null(Counting.Counted(Item(ContentStatus.Published), Version(null)));
    }

    [Fact]
    public void Counted_CarriesSubtypeUnitCultureCategory()
    {
        var version = Version(Noon);
        (version.Subtype, version.UnitId, version.Culture, version.Category) = ("radio", 7, "en", "tin-hoat-dong");
        var key = Counting.Counted(Item(ContentStatus.Published), version)!;
        Assert.Equal(("radio", 7, "en", "tin-hoat-dong"), (key.Subtype, key.UnitId, key.Culture, key.Category));
    }

    [Theory]
    [InlineData(2024, 6, 30, 16, 30, "2024-06-30")] // 23:30 on 30/06 in Vietnam
    [InlineData(2024, 6, 30, 17, 0, "2024-07-01")]  // midnight in Vietnam
    [InlineData(2023, 12, 31, 16, 59, "2023-12-31")]
    [InlineData(2023, 12, 31, 17, 0, "2024-01-01")]
    public void VietnamDay_IsUtcPlusSeven(int year, int month, int day, int hour, int minute, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Counting.VietnamDay(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc)));

    [Fact]
    public void SameKey_SameDayDifferentHour_IsAMoveButTheSameCounterRow()
    {
        var a = Counting.KeyOf(Version(Noon))!;
        var b = Counting.KeyOf(Version(Noon.AddHours(2)))!;
        Assert.False(Counting.SameKey(a, b));
        Assert.Equal(Counting.RowOf(a), Counting.RowOf(b));
        Assert.True(Counting.SameKey(null, null));
        Assert.False(Counting.SameKey(a, null));
    }

    private static ContentItem Item(ContentStatus status) => new() { Id = 1, ContentType = "News", Status = status };

    private static ContentVersion Version(DateTime? publishedUtc) => new() { Id = 1, ContentType = "News", Culture = "vi", PublishedUtc = publishedUtc };
}
