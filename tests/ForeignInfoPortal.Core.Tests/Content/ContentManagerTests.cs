using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Tests.Content;

public sealed class ContentManagerTests : IAsyncLifetime
{
    private CoreTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await CoreTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreateAsync_NewItem_IsADraftNobodySees()
    {
        await using var scope = _host.Scope();
        var item = await scope.Content.CreateAsync("Article", ArticleFields.Input("Lễ hội Xuân phường Xuất Hóa"), "u1");

        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.Equal(1, item.Revision);
        var version = Assert.Single(item.Versions);
        Assert.Equal("le-hoi-xuan-phuong-xuat-hoa", version.Slug);
        Assert.True(version.IsLatest);
        Assert.False(version.IsPublished);
        Assert.Null(await scope.Content.GetPublishedAsync("Article", "vi", "le-hoi-xuan-phuong-xuat-hoa"));
    }

    [Fact]
    public async Task PublishAsync_Draft_BecomesPublicWithADate()
    {
        var id = await CreateAsync("Đền Cô");
        await using var scope = _host.Scope();
        var item = await scope.Content.PublishAsync(id, 1, "u1");

        Assert.Equal(ContentStatus.Published, item.Status);
        var published = await scope.Content.GetPublishedAsync("Article", "vi", "den-co");
        Assert.NotNull(published);
        Assert.NotNull(published.PublishedUtc);
        Assert.Equal("<p>Nội dung</p>", published.GetFields<ArticleFields>().Body);
    }

    [Fact]
    public async Task SaveDraftAsync_OnPublishedItem_PublicKeepsSeeingThePublishedVersion()
    {
        var id = await CreateAsync("Thác Bạc");
        int revision;
        await using (var scope = _host.Scope())
        {
            revision = (await scope.Content.PublishAsync(id, 1, "u1")).Revision;
            var input = ArticleFields.Input("Thác Bạc mùa nước", slug: "thac-bac");
            revision = (await scope.Content.SaveDraftAsync(id, revision, input, "u2")).Revision;
        }

        await using (var scope = _host.Scope())
        {
            var published = await scope.Content.GetPublishedAsync("Article", "vi", "thac-bac");
            Assert.Equal("Thác Bạc", published!.Title);
            var item = await scope.Content.GetAsync(id);
            Assert.Equal(2, item!.Versions.Count);
            Assert.Equal("Thác Bạc mùa nước", item.Versions.Single(v => v.IsLatest).Title);
            Assert.Equal(ContentStatus.Published, item.Status);

            await scope.Content.PublishAsync(id, revision, "u2");
        }

        await using (var scope = _host.Scope())
        {
            var published = await scope.Content.GetPublishedAsync("Article", "vi", "thac-bac");
            Assert.Equal("Thác Bạc mùa nước", published!.Title);
            Assert.Equal(2, published.Number);
            Assert.Single(await scope.Db.ContentVersions.Where(v => v.ContentItemId == id && v.IsPublished).ToListAsync());
        }
    }

    [Fact]
    public async Task SaveDraftAsync_EverySave_KeepsAVersion()
    {
        var id = await CreateAsync("Hồ Nặm Cát");
        await using var scope = _host.Scope();
        var revision = 1;
        for (var i = 2; i <= 4; i++)
        {
            revision = (await scope.Content.SaveDraftAsync(id, revision, ArticleFields.Input($"Hồ Nặm Cát {i}"), "u1")).Revision;
        }

        var item = await scope.Content.GetAsync(id);
        Assert.Equal([4, 3, 2, 1], item!.Versions.Select(v => v.Number));
        Assert.Single(item.Versions, v => v.IsLatest);
        Assert.Equal("Hồ Nặm Cát 4", item.Versions[0].Title);
        Assert.Equal("Hồ Nặm Cát", item.Versions[3].Title);
    }

    [Fact]
    public async Task UnpublishDeleteRestore_MoveTheItemInAndOutOfPublicView()
    {
        var id = await CreateAsync("Động Áng Tôong");
        await using var scope = _host.Scope();
        var item = await scope.Content.PublishAsync(id, 1, "u1");
        var firstDate = (await scope.Content.GetPublishedAsync("Article", "vi", "dong-ang-toong"))!.PublishedUtc;

        item = await scope.Content.UnpublishAsync(id, item.Revision, "u1");
        Assert.Equal(ContentStatus.Unpublished, item.Status);
        Assert.Null(await scope.Content.GetPublishedAsync("Article", "vi", "dong-ang-toong"));

        item = await scope.Content.PublishAsync(id, item.Revision, "u1");
        var republished = await scope.Content.GetPublishedAsync("Article", "vi", "dong-ang-toong");
        Assert.Equal(firstDate, republished!.PublishedUtc);

        item = await scope.Content.DeleteAsync(id, item.Revision, "u1");
        Assert.True(item.IsDeleted);
        Assert.Null(await scope.Content.GetPublishedAsync("Article", "vi", "dong-ang-toong"));
        Assert.Empty(await scope.Content.QueryPublished("Article", "vi").ToListAsync());

        item = await scope.Content.RestoreAsync(id, item.Revision, "u1");
        Assert.False(item.IsDeleted);
        Assert.NotNull(await scope.Content.GetPublishedAsync("Article", "vi", "dong-ang-toong"));
    }

    [Fact]
    public async Task StateRules_RefuseActionsThatDoNotApply()
    {
        var id = await CreateAsync("Hội xuân");
        await using var scope = _host.Scope();
        await Assert.ThrowsAsync<ContentStateException>(() => scope.Content.UnpublishAsync(id, 1, "u1"));
        await Assert.ThrowsAsync<ContentStateException>(() => scope.Content.RestoreAsync(id, 1, "u1"));
        var item = await scope.Content.PublishAsync(id, 1, "u1");
        await Assert.ThrowsAsync<ContentStateException>(() => scope.Content.PublishAsync(id, item.Revision, "u1"));
        item = await scope.Content.DeleteAsync(id, item.Revision, "u1");
        await Assert.ThrowsAsync<ContentStateException>(() => scope.Content.PublishAsync(id, item.Revision, "u1"));
        await Assert.ThrowsAsync<ContentNotFoundException>(() => scope.Content.PublishAsync(999, 1, "u1"));
    }

    [Fact]
    public async Task SaveDraftAsync_StaleRevision_IsRefusedAndNothingIsLost()
    {
        var id = await CreateAsync("Kế hoạch thông tin đối ngoại");
        await using (var first = _host.Scope())
        {
            await first.Content.SaveDraftAsync(id, 1, ArticleFields.Input("Bản của người thứ nhất"), "u1");
        }

        await using (var second = _host.Scope())
        {
            var ex = await Assert.ThrowsAsync<ContentConcurrencyException>(() =>
                second.Content.SaveDraftAsync(id, 1, ArticleFields.Input("Bản của người thứ hai"), "u2"));
            Assert.Contains("người khác thay đổi", ex.Message);
        }

        await using var check = _host.Scope();
        var item = await check.Content.GetAsync(id);
        Assert.Equal(2, item!.Revision);
        Assert.Equal(["Bản của người thứ nhất", "Kế hoạch thông tin đối ngoại"], item.Versions.Select(v => v.Title));
    }

    [Fact]
    public async Task SaveDraftAsync_RaceBetweenTwoUnitsOfWork_OnlyOneWins()
    {
        var id = await CreateAsync("Cuộc đua");
        await using var first = _host.Scope();
        await using var second = _host.Scope();

        // Both loaded revision 1; the database's concurrency token decides, not the in-memory check.
        var a = first.Db.ContentItems.Single(i => i.Id == id);
        var b = second.Db.ContentItems.Single(i => i.Id == id);
        a.Revision = 2;
        await first.Db.SaveChangesAsync();
        b.Revision = 2;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.Db.SaveChangesAsync());
    }

    [Fact]
    public async Task CreateAsync_SameTitle_GetsANumberedSlug_ExplicitDuplicateIsRefused()
    {
        await CreateAsync("Đền Mẫu");
        await CreateAsync("Đền Mẫu");
        await using var scope = _host.Scope();
        var third = await scope.Content.CreateAsync("Article", ArticleFields.Input("Đền Mẫu"), "u1");
        Assert.Equal("den-mau-3", third.Versions[0].Slug);

        var ex = await Assert.ThrowsAsync<ContentValidationException>(() =>
            scope.Content.CreateAsync("Article", ArticleFields.Input("Khác", slug: "den-mau"), "u1"));
        Assert.Contains("den-mau", Assert.Single(ex.Errors["Slug"]));

        var english = await scope.Content.CreateAsync("Article", ArticleFields.Input("Den Mau", slug: "den-mau", culture: "en"), "u1");
        Assert.Equal("den-mau", english.Versions[0].Slug);
    }

    [Fact]
    public async Task CreateAsync_InvalidInput_ReportsEveryFieldInVietnameseAndSavesNothing()
    {
        await using var scope = _host.Scope();
        var input = new ContentInput
        {
            Title = " ",
            Culture = "fr",
            UnitId = 4242,
            Summary = new string('a', 1001),
            Fields = new ArticleFields { Body = "<script>alert(1)</script>" },
        };

        var ex = await Assert.ThrowsAsync<ContentValidationException>(() => scope.Content.CreateAsync("Article", input, "u1"));

        Assert.Equal("Vui lòng nhập tiêu đề.", Assert.Single(ex.Errors["Title"]));
        Assert.Contains("tiếng Việt", ex.Errors["Culture"][0]);
        Assert.Equal("Đơn vị không tồn tại.", ex.Errors["UnitId"][0]);
        Assert.Contains("1000", ex.Errors["Summary"][0]);
        Assert.Equal("Vui lòng nhập nội dung.", ex.Errors["Fields.Body"][0]);
        Assert.Equal(0, await scope.Db.ContentItems.CountAsync());
        Assert.Empty(_host.Events.Entries);
    }

    [Fact]
    public async Task Events_AreRaisedInsideTheTransaction_WithThePreviousVersion()
    {
        var id = await CreateAsync("Sự kiện");
        await using var scope = _host.Scope();
        var item = await scope.Content.PublishAsync(id, 1, "u1");
        item = await scope.Content.SaveDraftAsync(id, item.Revision, ArticleFields.Input("Sự kiện", slug: "su-kien"), "u1");
        item = await scope.Content.PublishAsync(id, item.Revision, "u1");
        item = await scope.Content.UnpublishAsync(id, item.Revision, "u1");
        item = await scope.Content.DeleteAsync(id, item.Revision, "u1");
        await scope.Content.RestoreAsync(id, item.Revision, "u1");

        Assert.Equal(
        [
            $"Created:{id}:v1:prev:tx=True",
            $"Published:{id}:v1:prev:tx=True",
            $"DraftSaved:{id}:v2:prev1:tx=True",
            $"Published:{id}:v2:prev1:tx=True",
            $"Unpublished:{id}:v2:prev2:tx=True",
            $"Removed:{id}:v2:prev:tx=True",
            $"Restored:{id}:v2:prev:tx=True",
        ], _host.Events.Entries);
        Assert.Equal(7, await scope.Db.Settings.CountAsync(s => s.Key.StartsWith("event-")));
    }

    [Fact]
    public async Task Events_HandlerThatFails_RollsTheChangeBack()
    {
        var id = await CreateAsync("Không được xuất bản");
        _host.Events.FailOn = "Published";
        await using (var scope = _host.Scope())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => scope.Content.PublishAsync(id, 1, "u1"));
        }

        await using var check = _host.Scope();
        var item = await check.Content.GetAsync(id);
        Assert.Equal(ContentStatus.Draft, item!.Status);
        Assert.Equal(1, item.Revision);
        Assert.False(item.Versions.Single().IsPublished);
        Assert.False(await check.Db.Settings.AnyAsync(s => s.Key.StartsWith("event-Published")));
    }

    [Fact]
    public async Task CreateAsync_FieldsProvideSubtypeAndCategory()
    {
        await using var scope = _host.Scope();
        var input = ArticleFields.Input("Chương trình phát thanh");
        ((ArticleFields)input.Fields).Kind = "RadioProgramme";
        ((ArticleFields)input.Fields).Topic = "van-hoa";
        var item = await scope.Content.CreateAsync("Article", input, "u1");
        Assert.Equal("RadioProgramme", item.Versions[0].Subtype);
        Assert.Equal("van-hoa", item.Versions[0].Category);
    }

    [Fact]
    public async Task IndexValues_AreWrittenPerVersion_AndFilterAndOrderPublicLists()
    {
        await using var scope = _host.Scope();
        foreach (var (title, topic, day) in new[] { ("Một", "van-hoa", 3), ("Hai", "kinh-te", 1), ("Ba", "van-hoa", 2) })
        {
            var input = ArticleFields.Input(title);
            ((ArticleFields)input.Fields).Topic = topic;
            ((ArticleFields)input.Fields).EventDate = new DateTime(2024, 6, day, 0, 0, 0, DateTimeKind.Utc);
            var item = await scope.Content.CreateAsync("Article", input, "u1");
            await scope.Content.PublishAsync(item.Id, item.Revision, "u1");
        }

        var culture = scope.Content.QueryPublished("Article", "vi");
        var vanHoa = await culture.WhereIndexText("topic", "van-hoa").OrderByIndexDate("eventDate", descending: false).Select(v => v.Title).ToListAsync();
        Assert.Equal(["Ba", "Một"], vanHoa);
        var early = await culture.WhereIndexDate("eventDate", new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 6, 3, 0, 0, 0, DateTimeKind.Utc))
            .OrderByIndexDate("eventDate", descending: true).Select(v => v.Title).ToListAsync();
        Assert.Equal(["Ba", "Hai"], early);
        Assert.Equal(6, await scope.Db.ContentIndex.CountAsync(i => i.Name != ContentIndexNames.FoldedTitle));

        // Every version also carries its folded title, which the admin lists search.
        Assert.Equal(3, await scope.Db.ContentIndex.CountAsync(i => i.Name == ContentIndexNames.FoldedTitle));
    }

    private async Task<int> CreateAsync(string title)
    {
        await using var scope = _host.Scope();
        return (await scope.Content.CreateAsync("Article", ArticleFields.Input(title), "u1")).Id;
    }
}
