namespace ForeignInfoPortal.Workflow;

/// <summary>The module's admin addresses.</summary>
internal static class WorkflowUrls
{
    public const string Queue = "/admin/review";

    public const string Notifications = "/admin/notifications";

    public const string Settings = "/admin/workflow/settings";

    /// <summary>The content editor of an item (the Contents module's), where the review panel is.</summary>
    public static string Editor(string type, int id) => $"/admin/content/{type}/{id}/edit";

    /// <summary>Where the review panel posts an action (submit, approve, return).</summary>
    public static string Action(string type, int id, string action) => $"/admin/review/{type}/{id}/{action}";
}
