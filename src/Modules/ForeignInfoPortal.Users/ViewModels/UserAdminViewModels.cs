using ForeignInfoPortal.Core.Units;

namespace ForeignInfoPortal.Users.ViewModels;

/// <summary>One user in the users admin list.</summary>
public sealed record UserRow(
    string Id, string? DisplayName, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Units, bool IsLocked, bool HasTwoFactor,
    string LastSignIn);

/// <summary>The users admin list.</summary>
public sealed class UsersViewModel
{
    public required IReadOnlyList<UserRow> Rows { get; init; }

    /// <summary>A password just generated (creation or reset), shown once in the answer to that post.</summary>
    public string? GeneratedPassword { get; init; }

    /// <summary>Whose password <see cref="GeneratedPassword"/> is.</summary>
    public string? GeneratedFor { get; init; }
}

/// <summary>The create and edit form of a user, as posted.</summary>
public sealed class UserForm
{
    /// <summary>Create only: the sign-in address.</summary>
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<int> Units { get; set; } = [];

    public int? DefaultUnit { get; set; }
}

/// <summary>The create and edit page.</summary>
public sealed class UserEditViewModel
{
    /// <summary>Null when creating.</summary>
    public string? Id { get; init; }

    public required UserForm Form { get; init; }

    /// <summary>The role names with their Vietnamese names.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> AllRoles { get; init; }

    public required IReadOnlyList<OrganizationUnit> AllUnits { get; init; }

    public bool IsLocked { get; init; }
}

/// <summary>The permissions of one module or content type on the matrix.</summary>
public sealed record PermissionGroup(string Name, IReadOnlyList<ForeignInfoPortal.Core.Security.Permission> Permissions);

/// <summary>The permission matrix: roles (Administrator first) × grouped permissions, and which role holds which.</summary>
public sealed class PermissionMatrixViewModel
{
    public required IReadOnlyList<KeyValuePair<string, string>> Roles { get; init; }

    public required IReadOnlyList<PermissionGroup> Groups { get; init; }

    /// <summary>(role, permission) pairs stored as role claims.</summary>
    public required IReadOnlySet<(string Role, string Permission)> Granted { get; init; }
}
