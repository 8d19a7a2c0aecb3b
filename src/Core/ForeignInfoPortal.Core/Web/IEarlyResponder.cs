using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// Answers requests that need nothing of the pipeline behind the static files — a cached picture a visitor may see —
/// the way the static-file middleware does: the host asks every registered responder (singletons) right after
/// <c>UseStaticFiles</c>, before routing, authentication and rate limits. A responder answers only what it can answer
/// exactly as its endpoint would, and returns false for everything else, which then goes on as usual.
/// </summary>
public interface IEarlyResponder
{
    /// <summary>True when the response has been written.</summary>
    ValueTask<bool> TryRespondAsync(HttpContext context);
}
