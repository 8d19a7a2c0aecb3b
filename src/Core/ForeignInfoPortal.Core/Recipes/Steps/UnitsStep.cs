using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Recipes.Steps;

/// <summary><c>{ "step": "units", "units": [ { "code", "name", "kind" } ] }</c>: adds or updates units by code.</summary>
internal sealed class UnitsStep(PortalDbContext db) : IRecipeStep
{
    public string Name => "units";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var element in RecipeJson.RequiredArray(step, "units"))
        {
            var field = $"units[{index}]";
            var code = RecipeJson.Under(field, () => RecipeJson.RequiredString(element, "code"));
            var name = RecipeJson.Under(field, () => RecipeJson.RequiredString(element, "name"));
            var kindText = RecipeJson.Under(field, () => RecipeJson.OptionalString(element, "kind")) ?? nameof(OrganizationUnitKind.Department);
            if (!Enum.TryParse<OrganizationUnitKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                throw new RecipeException($"Loại đơn vị \"{kindText}\" không hợp lệ (Department, Ward, Commune, Other).", $"{field}.kind");
            }

            var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
            if (unit is null)
            {
                unit = new OrganizationUnit { Code = code };
                db.Units.Add(unit);
            }

            unit.Name = name;
            unit.Kind = kind;
            unit.SortOrder = index;
            unit.IsActive = true;
            index++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"{index} đơn vị";
    }
}
