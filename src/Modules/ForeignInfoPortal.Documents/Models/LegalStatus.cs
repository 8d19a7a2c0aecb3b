namespace ForeignInfoPortal.Documents.Models;

/// <summary>A document's legal status (tình trạng hiệu lực), computed when it is read, never stored.</summary>
public enum LegalStatus
{
    /// <summary>Chưa có hiệu lực: the effective date is after today.</summary>
    NotYetInEffect,

    /// <summary>Còn hiệu lực.</summary>
    InForce,

    /// <summary>Còn hiệu lực, được sửa đổi, bổ sung by a published document already in effect.</summary>
    Amended,

    /// <summary>Hết hiệu lực: the expiry date is before today.</summary>
    Expired,

    /// <summary>Bị thay thế by a published document already in effect.</summary>
    Replaced,
}

/// <summary>How the status follows from a document's dates and the published documents that point at it.</summary>
public static class LegalStatusRules
{
    /// <summary>
    /// The status on <paramref name="today"/> (a Vietnam day). A document takes effect on its effective date, or
    /// its issue date when none is given, and stays in force through its expiry date. The first rule that
    /// holds wins: replaced, expired, not yet in effect, amended, in force.
    /// </summary>
    /// <param name="issueDate">Ngày ban hành.</param>
    /// <param name="effectiveDate">Ngày có hiệu lực; the issue date when null.</param>
    /// <param name="expiryDate">Ngày hết hiệu lực, the last day in force; none when null.</param>
    /// <param name="replaced">A published document that replaces this one has taken effect.</param>
    /// <param name="amended">A published document that amends this one has taken effect.</param>
    /// <param name="today">Today in Vietnam.</param>
    public static LegalStatus Compute(DateOnly issueDate, DateOnly? effectiveDate, DateOnly? expiryDate, bool replaced, bool amended, DateOnly today)
    {
        if (replaced)
        {
            return LegalStatus.Replaced;
        }

        if (expiryDate is { } expiry && expiry < today)
        {
            return LegalStatus.Expired;
        }

        if ((effectiveDate ?? issueDate) > today)
        {
            return LegalStatus.NotYetInEffect;
        }

        return amended ? LegalStatus.Amended : LegalStatus.InForce;
    }

    /// <summary>The status as the public pages write it.</summary>
    public static string DisplayName(LegalStatus status) => status switch
    {
        LegalStatus.NotYetInEffect => "Chưa có hiệu lực",
        LegalStatus.InForce => "Còn hiệu lực",
        LegalStatus.Amended => "Còn hiệu lực (được sửa đổi, bổ sung)",
        LegalStatus.Expired => "Hết hiệu lực",
        LegalStatus.Replaced => "Bị thay thế",
        _ => "",
    };

    /// <summary>The value of the "status" filter (in-force, not-yet, expired, replaced, amended).</summary>
    public static string FilterValue(LegalStatus status) => status switch
    {
        LegalStatus.NotYetInEffect => "not-yet",
        LegalStatus.InForce => "in-force",
        LegalStatus.Amended => "amended",
        LegalStatus.Expired => "expired",
        _ => "replaced",
    };

    /// <summary>The options of the status filter, in the order the form lists them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> FilterOptions { get; } =
    [
        new("in-force", "Còn hiệu lực"),
        new("amended", "Được sửa đổi, bổ sung"),
        new("not-yet", "Chưa có hiệu lực"),
        new("expired", "Hết hiệu lực"),
        new("replaced", "Bị thay thế"),
    ];
}
