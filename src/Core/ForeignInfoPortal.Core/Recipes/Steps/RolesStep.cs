using System.Security.Claims;
using System.Text.Json;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "step": "roles", "roles": [ { "name", "defaults": true, "permissions": [...] } ] }</c>: creates roles and
/// sets their permissions to the modules' defaults for that role (when <c>defaults</c>) plus those listed.
/// </summary>
internal sealed class RolesStep(RoleManager<IdentityRole> roles, IEnumerable<IPermissionProvider> providers) : IRecipeStep
{
    public string Name => "roles";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var known = providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in RecipeJson.RequiredArray(step, "roles"))
        {
            var field = $"roles[{index}]";
            var name = RecipeJson.Under(field, () => RecipeJson.RequiredString(element, "name"));
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            if (element.TryGetProperty("defaults", out var defaults) && defaults.ValueKind == JsonValueKind.True)
            {
                wanted.UnionWith(providers.SelectMany(p => p.GetDefaultStereotypes())
                    .Where(s => s.Role == name).SelectMany(s => s.Permissions).Select(p => p.Name));
            }

            if (element.TryGetProperty("permissions", out var list))
            {
                foreach (var permission in RecipeJson.Under(field, () => RecipeJson.RequiredArray(element, "permissions")))
                {
                    var permissionName = permission.GetString() ?? "";
                    if (!known.Contains(permissionName))
                    {
                        throw new RecipeException($"Không có quyền \"{permissionName}\".", $"{field}.permissions");
                    }

                    wanted.Add(permissionName);
                }
            }

            await ApplyAsync(name, wanted);
            index++;
        }

        return $"{index} vai trò";
    }

    private async Task ApplyAsync(string name, HashSet<string> wanted)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new IdentityRole(name);
            Check(await roles.CreateAsync(role), name);
        }

        var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permission.ClaimType).ToList();
        foreach (var claim in current.Where(c => !wanted.Contains(c.Value)))
        {
            Check(await roles.RemoveClaimAsync(role, claim), name);
        }

        foreach (var permission in wanted.Except(current.Select(c => c.Value)))
        {
            Check(await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission)), name);
        }
    }

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException(string.Join(" ", result.Errors.Select(e => e.Description)), $"roles[{role}]");
        }
    }
}
