using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Contents;

/// <summary>
/// A published item is read by its address through the public read context (on PostgreSQL a connection of its own,
/// ADR 0026). Inside a transaction the read must still see that transaction's writes, and after a rollback nothing of them.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PublicReadTransactionTests(SiteFixture site)
{
    [Fact]
    public async Task AnItemPublishedInsideATransaction_IsReadThere_AndGoneAfterItsRollback()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var title = "Tin đọc trong giao dịch " + Guid.NewGuid().ToString("N")[..6];
        string slug;

        await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            slug = await PublishNewsAsync(content, title);

            // Uncommitted: another connection could not see it, the transaction's own must.
            var inside = await content.GetPublishedAsync("News", "vi", slug, TestContext.Current.CancellationToken);
            Assert.Equal(title, inside?.Title);

            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        Assert.Null(await content.GetPublishedAsync("News", "vi", slug, TestContext.Current.CancellationToken));
        Assert.False(await db.ContentVersions.AnyAsync(v => v.Title == title, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnItemPublishedAndCommitted_IsReadByTheNextRequest()
    {
        string slug;
        var title = "Tin đọc sau khi lưu " + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            slug = await PublishNewsAsync(content, title);

            // The same request, after the commit: the public read (its own connection on PostgreSQL) sees it too.
            Assert.Equal(title, (await content.GetPublishedAsync("News", "vi", slug, TestContext.Current.CancellationToken))?.Title);
        }

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var read = await content.GetPublishedAsync("News", "vi", slug, TestContext.Current.CancellationToken);
            Assert.Equal(title, read?.Title);
            Assert.Equal(ContentStatus.Published, read?.ContentItem.Status);
        }
    }

    // Created and published; the slug it was published under.
    private static async Task<string> PublishNewsAsync(IContentManager content, string title)
    {
        var item = await content.CreateAsync("News", new ContentInput
        {
            Title = title,
            Culture = "vi",
            Fields = new NewsFields { Body = "<p>Nội dung.</p>", Category = "tin-hoat-dong" },
        }, null, TestContext.Current.CancellationToken);
        item = await content.PublishAsync(item.Id, item.Revision, null, TestContext.Current.CancellationToken);
        return item.Versions.Single(v => v.IsPublished).Slug;
    }
}
