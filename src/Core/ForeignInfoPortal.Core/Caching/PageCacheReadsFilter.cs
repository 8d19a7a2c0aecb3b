using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>Marks the end of an action's own reads, before its view (and the layout's navigation) renders.</summary>
internal sealed class PageCacheReadsFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<PageCacheReads>().ActionDone();

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
