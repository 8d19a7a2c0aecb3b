using System.Globalization;
using System.Text;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Search;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// Writes and removes search documents. Called from content events, so it runs inside the publishing
/// transaction: the index never shows what the content table does not.
/// </summary>
internal sealed class SearchIndexWriter(PortalDbContext db, IContentTypeRegistry types, IEnumerable<ISearchContributor> contributors)
{
    /// <summary>Body text kept for snippets and indexing; longer bodies are cut (a full law text is not read past this).</summary>
    public const int MaxBodyLength = 200_000;

    /// <summary>Indexes a published version, replacing the item's earlier document.</summary>
    public async Task IndexAsync(ContentVersion version, CancellationToken cancellationToken)
    {
        var built = await BuildAsync(version, cancellationToken);
        if (built is null)
        {
            return;
        }

        var document = await db.Set<SearchDocument>().Include(d => d.Text)
            .SingleOrDefaultAsync(d => d.ContentItemId == version.ContentItemId, cancellationToken);
        var before = document is null ? [] : VocabularyOf(document);
        if (document is not null)
        {
            // Rows are replaced, never changed: a document id keeps its facet values for ever (SearchDocumentCache).
            db.Remove(document);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.Add(built);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeVocabularyAsync(before, VocabularyOf(built), cancellationToken);
    }

    /// <summary>Adds documents for many versions at once (a reindex after the index was emptied).</summary>
    public async Task AddAllAsync(IReadOnlyList<ContentVersion> versions, Dictionary<string, int> vocabulary, CancellationToken cancellationToken)
    {
        foreach (var version in versions)
        {
            if (await BuildAsync(version, cancellationToken) is { } document)
            {
                db.Add(document);
                foreach (var term in VocabularyOf(document))
                {
                    vocabulary[term] = vocabulary.GetValueOrDefault(term) + 1;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Writes the vocabulary counted by <see cref="AddAllAsync"/>.</summary>
    public Task AddVocabularyAsync(Dictionary<string, int> vocabulary, CancellationToken cancellationToken) =>
        UpsertTermsAsync(vocabulary.Select(p => (p.Key, p.Value)).ToList(), cancellationToken);

    /// <summary>The search document of a published version, not yet saved; null when the version cannot be found by the public.</summary>
    private async Task<SearchDocument?> BuildAsync(ContentVersion version, CancellationToken cancellationToken)
    {
        var definition = types.Find(version.ContentType);
        if (definition is null || version.PublishedUtc is not { } published)
        {
            return null;
        }

        var fields = (IContentFields?)JsonSerializer.Deserialize(version.Data, definition.FieldsType, ContentJson.Options) ?? definition.CreateFields();
        var context = new SearchContributionContext(version, fields);
        // Contributors write the version's language (an English project's sector in English), whichever language the
        // request that publishes it speaks.
        using (PortalCultures.Use(version.Culture))
        {
            foreach (var contributor in contributors.Where(c => c.ContentType == definition.Name))
            {
                await contributor.ContributeAsync(context, cancellationToken);
            }
        }

        var body = new StringBuilder();
        foreach (var text in context.Text)
        {
            var plain = PlainText.FromHtml(text);
            if (plain.Length > 0 && body.Length < MaxBodyLength)
            {
                body.Append(body.Length > 0 ? "\n" : "").Append(plain);
            }
        }

        var bodyText = body.Length > MaxBodyLength ? body.ToString(0, MaxBodyLength) : body.ToString();
        var title = SearchAnalyzer.Analyze(version.Title);
        var summary = SearchAnalyzer.Analyze(version.Summary);
        var bodyWords = SearchAnalyzer.Analyze(bodyText);
        return new SearchDocument
        {
            ContentItemId = version.ContentItemId,
            ContentType = version.ContentType,
            Culture = version.Culture,
            Subtype = version.Subtype,
            Issuer = context.Issuer,
            Slug = version.Slug,
            Year = VietnamTime.FromUtc(published).Year,
            PublishedUtc = published,
            IsPinned = context.IsPinned,
            Title = version.Title,
            Summary = version.Summary,
            Text = new SearchText
            {
                Body = bodyText,
                TitleIndex = title.Index,
                TitleFolded = title.Folded,
                SummaryIndex = summary.Index,
                SummaryFolded = summary.Folded,
                BodyIndex = bodyWords.Index,
                BodyFolded = bodyWords.Folded,
                Identifiers = string.Join(' ', context.Identifiers.Where(i => !string.IsNullOrWhiteSpace(i)).Select(SearchAnalyzer.Identifier)),
            },
        };
    }

    /// <summary>Takes the item out of the index (unpublished, deleted).</summary>
    public async Task RemoveAsync(int contentItemId, CancellationToken cancellationToken)
    {
        var document = await db.Set<SearchDocument>().Include(d => d.Text)
            .SingleOrDefaultAsync(d => d.ContentItemId == contentItemId, cancellationToken);
        if (document is null)
        {
            return;
        }

        var before = VocabularyOf(document);
        db.Remove(document);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeVocabularyAsync(before, [], cancellationToken);
    }

    /// <summary>The "did you mean" words of a document: folded words of its title and summary.</summary>
    private static HashSet<string> VocabularyOf(SearchDocument document) =>
        $"{document.Text.TitleFolded} {document.Text.SummaryFolded}"
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 2 && !w.All(char.IsDigit))
            .ToHashSet(StringComparer.Ordinal);

    private Task ChangeVocabularyAsync(HashSet<string> before, HashSet<string> after, CancellationToken cancellationToken) =>
        UpsertTermsAsync(
            before.Except(after).Select(t => (Term: t, Delta: -1)).Concat(after.Except(before).Select(t => (Term: t, Delta: 1))).ToList(),
            cancellationToken);

    private async Task UpsertTermsAsync(List<(string Term, int Delta)> changes, CancellationToken cancellationToken)
    {
        // In one order for every writer: two publications upserting common words lock their rows in the same order, so
        // one waits for the other instead of each holding a row the other needs (a deadlock, which PostgreSQL breaks by
        // failing one of the publications).
        foreach (var batch in changes.OrderBy(c => c.Term, StringComparer.Ordinal).Chunk(100))
        {
            // One statement per batch, an upsert: two publishers adding the same new word never collide.
            var sql = new StringBuilder("INSERT INTO \"SearchTerms\" (\"Term\", \"Documents\") VALUES ");
            var parameters = new List<object>();
            for (var i = 0; i < batch.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{parameters.Count}}}, {{{parameters.Count + 1}}})");
                parameters.Add(batch[i].Term);
                parameters.Add(batch[i].Delta);
            }

            sql.Append(" ON CONFLICT (\"Term\") DO UPDATE SET \"Documents\" = \"SearchTerms\".\"Documents\" + excluded.\"Documents\"");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }
}
