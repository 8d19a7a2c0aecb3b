namespace ForeignInfoPortal.Core.Modules;

/// <summary>An entry of the admin menu. Shown only to users who hold <see cref="Permission"/>.</summary>
public sealed record AdminMenuItem(string Text, string Url, int Order, Security.Permission? Permission = null, string Group = "Nội dung");

/// <summary>Implemented by modules to add entries to the admin menu.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}
