namespace ForeignInfoPortal.Core.Modules;

/// <summary>
/// TempData keys of the one-time messages that the admin layout shows after a post-redirect-get:
/// a success message (role="status") and an error message (role="alert").
/// </summary>
public static class AdminNotice
{
    public const string Success = "AdminNotice.Success";

    public const string Error = "AdminNotice.Error";
}
