using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Units;
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

    [Fact]
    public async Task ARequestsContext_GoesBackToThePool_WithNothingOfItsRequest()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var code = "phuong-bo-do-" + Guid.NewGuid().ToString("N")[..6];
        PortalDbContext leased;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            leased = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await leased.Database.BeginTransactionAsync(cancellation);
            leased.Units.Add(new OrganizationUnit { Code = code, Name = "Phường Bỏ Dở", Kind = OrganizationUnitKind.Ward });
            await leased.SaveChangesAsync(cancellation);
            // The scope ends with the transaction neither committed nor rolled back (as after an exception).
        }

        // Leases are taken in turn: the ones before it (which the host's background work may have returned) are held
        // until the one used above comes back.
        var held = new List<AsyncServiceScope>();
        try
        {
            PortalDbContext? next = null;
            while (next is null && held.Count < 200)
            {
                var scope = site.Services.CreateAsyncScope();
                held.Add(scope);
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                next = ReferenceEquals(db, leased) ? db : null;
            }

            Assert.NotNull(next); // pooled: the same context, leased again
            Assert.Empty(next.ChangeTracker.Entries());
            Assert.Null(next.Database.CurrentTransaction);
            Assert.False(await next.Units.AnyAsync(u => u.Code == code, cancellation)); // rolled back, and the file not locked
        }
        finally
        {
            foreach (var scope in held)
            {
                await scope.DisposeAsync();
            }
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
