using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Investment.Models;
using ForeignInfoPortal.Investment.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Investment.Services;

/// <summary>The public reads of projects and policies: filtered in SQL over the content index, newest publication first.</summary>
internal sealed class InvestmentQueries(IContentManager content, PortalDbContext db)
{
    public const int ProjectPageSize = 12;
    public const int PolicyPageSize = 20;

    /// <summary>One page of projects; null when the page is past the end.</summary>
    public async Task<ListPage<ProjectSummary>?> GetProjectsAsync(string culture, ProjectListQuery filter, CancellationToken cancellationToken)
    {
        var query = content.QueryPublished(InvestmentModule.ProjectType, culture);
        query = Apply(query, filter.Field, InvestmentFilters.Field);
        query = Apply(query, filter.Status, InvestmentFilters.Status);
        query = Apply(query, filter.Ward, InvestmentFilters.Ward);
        return await PageAsync(query, filter.Page, ProjectPageSize, q => ProjectsAsync(q, cancellationToken), cancellationToken);
    }

    /// <summary>The newest published projects (the home section).</summary>
    public Task<List<ProjectSummary>> GetLatestProjectsAsync(string culture, int count, CancellationToken cancellationToken) =>
        ProjectsAsync(Newest(content.QueryPublished(InvestmentModule.ProjectType, culture)).Take(count), cancellationToken);

    /// <summary>One page of policies, optionally of one sector; null when the page is past the end.</summary>
    public async Task<ListPage<PolicySummary>?> GetPoliciesAsync(string culture, string? field, int page, CancellationToken cancellationToken)
    {
        var query = Apply(content.QueryPublished(InvestmentModule.PolicyType, culture), field, InvestmentFilters.Field);
        return await PageAsync(query, page, PolicyPageSize, async q =>
        {
            var rows = await q.Select(v => new
            {
                v.Title, v.Slug, v.Summary, v.PublishedUtc,
                Field = v.Index.Where(i => i.Name == InvestmentIndex.Field).Select(i => i.Text).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
            return rows.Select(r => new PolicySummary(r.Title, r.Slug, r.Summary, r.PublishedUtc, r.Field)).ToList();
        }, cancellationToken);
    }

    private static async Task<ListPage<T>?> PageAsync<T>(IQueryable<ContentVersion> query, int page, int size,
        Func<IQueryable<ContentVersion>, Task<List<T>>> project, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var items = await project(Newest(query).Skip((page - 1) * size).Take(size));
        return new ListPage<T>(items, page, pageCount, total);
    }

    private async Task<List<ProjectSummary>> ProjectsAsync(IQueryable<ContentVersion> query, CancellationToken cancellationToken)
    {
        // A card shows most of the fields (location, capital, area, status), so the JSON is read; lists are short.
        var rows = await query.Select(v => new { v.Title, v.Slug, v.Summary, v.FeaturedImage, v.Data }).ToListAsync(cancellationToken);
        var wards = (await WardDirectory.ListAllAsync(db, cancellationToken)).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);
        return rows.Select(r =>
        {
            var fields = new ContentVersion { Data = r.Data }.GetFields<ProjectFields>();
            var ward = fields.Ward is not null && wards.TryGetValue(fields.Ward, out var name) ? name : null;
            return new ProjectSummary(r.Title, r.Slug, r.Summary, r.FeaturedImage, fields, ward);
        }).ToList();
    }

    private static IQueryable<ContentVersion> Newest(IQueryable<ContentVersion> query) =>
        query.OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id);

    private static IQueryable<ContentVersion> Apply(IQueryable<ContentVersion> query, string? value,
        Func<IQueryable<ContentVersion>, string, IQueryable<ContentVersion>?> filter) =>
        string.IsNullOrWhiteSpace(value) ? query : filter(query, value.Trim()) ?? query;
}
