namespace ForeignInfoPortal.Core.Modules;

/// <summary>
/// A section a module adds to the admin dashboard (the review queue's counts…): the dashboard renders the view
/// component <see cref="ViewComponent"/> in <see cref="Order"/>; it renders nothing for users it does not concern.
/// </summary>
public sealed record DashboardSection(string Name, string ViewComponent, int Order);

/// <summary>
/// An item a module adds to the admin header beside the user's name (notifications…): rendered on every admin page,
/// so its view component must be cheap.
/// </summary>
public sealed record AdminHeaderItem(string Name, string ViewComponent, int Order);
