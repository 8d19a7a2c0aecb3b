using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Services;

/// <summary>Rebuilds the whole index from the published content, in one transaction (readers see the old index until it commits).</summary>
internal sealed class SearchReindexer(PortalDbContext db, SearchIndexWriter writer, ISearchEngine engine)
{
    private const int Batch = 500;

    public async Task<int> ReindexAsync(CancellationToken cancellationToken)
    {
        return await db.InTransactionAsync(() => engine.RewriteAllAsync(async () =>
        {
            await db.Set<SearchText>().ExecuteDeleteAsync(cancellationToken);
            await db.Set<SearchDocument>().ExecuteDeleteAsync(cancellationToken);
            await db.Set<SearchTerm>().ExecuteDeleteAsync(cancellationToken);
            var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
            var count = 0;
            var lastId = 0;
            while (true)
            {
                var versions = await db.ContentVersions.AsNoTracking()
                    .WherePublic()
                    .Where(v => v.Id > lastId)
                    .OrderBy(v => v.Id)
                    .Take(Batch)
                    .ToListAsync(cancellationToken);
                if (versions.Count == 0)
                {
                    await writer.AddVocabularyAsync(vocabulary, cancellationToken);
                    return count;
                }

                await writer.AddAllAsync(versions, vocabulary, cancellationToken);

                count += versions.Count;
                lastId = versions[^1].Id;

                // Keep the unit of work small: the written documents are not needed again.
                db.ChangeTracker.Clear();
            }
        }, cancellationToken), cancellationToken);
    }
}
