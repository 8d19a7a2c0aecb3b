namespace ForeignInfoPortal.Admin.ViewModels;

/// <summary>One content type's counts on the dashboard.</summary>
public sealed record DashboardTypeRow(string Type, string DisplayName, int Drafts, int Published, int Unpublished, int Deleted);
