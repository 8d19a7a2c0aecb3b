using System.Linq.Expressions;
using ForeignInfoPortal.Core.Content;
using Microsoft.EntityFrameworkCore.Query;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>
/// A fresh query over every content version, taken from the root of a query that Core hands to a
/// <see cref="ContentFilter"/>: the status filter compares a document with the other published documents, and a
/// filter receives only the query it narrows, not the context. The subquery shares the caller's context and
/// translates to one SQL statement.
/// </summary>
internal static class ContentVersionRoot
{
    public static IQueryable<ContentVersion> Of(IQueryable<ContentVersion> query)
    {
        var finder = new Finder();
        finder.Visit(query.Expression);
        return finder.Root is { } root
            ? query.Provider.CreateQuery<ContentVersion>(root)
            : throw new InvalidOperationException("The query does not come from PortalDbContext.ContentVersions.");
    }

    private sealed class Finder : ExpressionVisitor
    {
        public EntityQueryRootExpression? Root { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is EntityQueryRootExpression root && root.ElementType == typeof(ContentVersion))
            {
                Root ??= root;
                return node;
            }

            return base.VisitExtension(node);
        }
    }
}
