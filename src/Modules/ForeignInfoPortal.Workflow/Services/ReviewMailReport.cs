using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>The outbox as the workflow settings page shows it: what waits, what is being retried, what was given up.</summary>
/// <param name="Enabled">Whether an SMTP server is configured at all.</param>
/// <param name="Waiting">Mails not sent yet that will still be tried (first try or a retry).</param>
/// <param name="Retrying">Of those, the ones that have failed at least once.</param>
/// <param name="GivenUp">Mails given up after their last try; never sent.</param>
/// <param name="Problems">The latest unsent mails with an error, newest first.</param>
internal sealed record ReviewMailStatus(bool Enabled, int Waiting, int Retrying, int GivenUp, IReadOnlyList<ReviewMailProblem> Problems);

/// <summary>One unsent mail's last error.</summary>
internal sealed record ReviewMailProblem(DateTime CreatedUtc, string? To, int Attempts, DateTime? NextTryUtc, string Error);

/// <summary>Reads <see cref="ReviewMailStatus"/> (three counts and a short list; the page is for administrators).</summary>
internal sealed class ReviewMailReport(PortalDbContext db, IOptions<SmtpOptions> options)
{
    public const int ProblemsShown = 10;

    public async Task<ReviewMailStatus> GetAsync(CancellationToken cancellationToken)
    {
        var rows = db.Set<Notification>().AsNoTracking();
        var waiting = await rows.CountAsync(n => n.MailDueUtc != null, cancellationToken);
        var retrying = await rows.CountAsync(n => n.MailDueUtc != null && n.MailAttempts > 0, cancellationToken);
        var givenUp = await rows.CountAsync(n => n.MailDueUtc == null && n.MailSentUtc == null && n.MailError != null, cancellationToken);
        var problems = await rows.Where(n => n.MailSentUtc == null && n.MailError != null)
            .OrderByDescending(n => n.Id)
            .Take(ProblemsShown)
            .Select(n => new ReviewMailProblem(n.CreatedUtc, db.Users.Where(u => u.Id == n.UserId).Select(u => u.Email).FirstOrDefault(),
                n.MailAttempts, n.MailDueUtc, n.MailError!))
            .ToListAsync(cancellationToken);
        return new ReviewMailStatus(options.Value.Enabled, waiting, retrying, givenUp, problems);
    }
}
