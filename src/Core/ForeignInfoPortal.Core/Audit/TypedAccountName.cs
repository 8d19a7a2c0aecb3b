using System.Text.RegularExpressions;

namespace ForeignInfoPortal.Core.Audit;

/// <summary>
/// What a failed sign-in typed as the account, as the trail may keep it. People type their password into the e-mail
/// field often enough, and a password with an "@" passes the form's check: so a value that named no account is kept
/// only when it looks like an e-mail address (a dotted domain ending in letters), and is otherwise replaced by
/// <see cref="Masked"/>. The trail still shows that an attempt was made, from where and when.
/// </summary>
internal static partial class TypedAccountName
{
    public const string Masked = "(không phải e-mail)";

    /// <param name="typed">What was typed.</param>
    /// <param name="matchedAccount">True when it found an account (so it is that account's address or name).</param>
    public static string? ForTrail(string? typed, bool matchedAccount) =>
        typed is null || matchedAccount || EmailShape().IsMatch(typed) ? typed : Masked;

    [GeneratedRegex(@"^[\p{L}\p{N}._%+'\-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailShape();
}
