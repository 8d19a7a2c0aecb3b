namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// A user's membership of a unit (phòng, ban, phường, xã). A user may belong to several; contributors draft for and
/// see the drafts of their units only. <see cref="PortalUser.UnitId"/> is the default among them for new items.
/// </summary>
public sealed class UserUnit
{
    public string UserId { get; set; } = "";

    public int UnitId { get; set; }
}
