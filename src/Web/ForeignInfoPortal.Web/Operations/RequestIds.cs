namespace ForeignInfoPortal.Web.Operations;

/// <summary>
/// Every answer carries the request's id in <c>X-Request-Id</c>: the same <see cref="HttpContext.TraceIdentifier"/> that
/// ASP.NET Core puts in the logging scope of each line logged for the request (<c>RequestId</c>) and that the error
/// page shows, so an operator goes from a visitor's report to the log lines.
/// </summary>
internal static class RequestIds
{
    public const string Header = "X-Request-Id";

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // On starting, not now: the exception handler clears the headers before it writes the error page.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = context.TraceIdentifier;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
