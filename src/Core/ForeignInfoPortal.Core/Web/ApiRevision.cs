using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// The revision an API caller says it read, for every write that is checked against it (the Contents API, the review
/// actions): <c>If-Match: "N"</c> (the ETag of the last answer, weak or not) and/or the body's <c>revision</c>; both may
/// be sent if they agree. One reading, so every endpoint accepts and refuses the same things with the same codes.
/// </summary>
public static class ApiRevision
{
    /// <summary>The answer when a write needs a revision and none was sent: 428 <c>revision_required</c>.</summary>
    public static ProblemHttpResult Required() => ApiProblem.Result(StatusCodes.Status428PreconditionRequired, "revision_required",
        "Cần phiên bản đã đọc: gửi tiêu đề If-Match: \"N\" hoặc trường \"revision\" (N là revision của lần GET).");

    /// <summary>
    /// Reads the revision into <paramref name="revision"/> (null when neither was sent) and returns null, or returns the
    /// problem (400 <c>invalid_revision</c>) when If-Match is not a revision or disagrees with the body.
    /// </summary>
    public static ProblemHttpResult? Read(HttpRequest request, int? fromBody, out int? revision)
    {
        revision = null;
        var header = request.Headers.IfMatch.ToString().Trim();
        int? fromHeader = null;
        if (header.Length > 0)
        {
            var text = (header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header).Trim('"');
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return Invalid($"Tiêu đề If-Match \"{header}\" không phải một phiên bản (dạng \"N\").");
            }

            fromHeader = value;
        }

        if (fromHeader is not null && fromBody is not null && fromHeader != fromBody)
        {
            return Invalid($"If-Match ({fromHeader}) và revision ({fromBody}) khác nhau.");
        }

        revision = fromHeader ?? fromBody;
        return null;
    }

    private static ProblemHttpResult Invalid(string detail) => ApiProblem.Result(StatusCodes.Status400BadRequest, "invalid_revision", detail);
}
