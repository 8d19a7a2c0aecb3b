using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Units;

namespace ForeignInfoPortal.Admin.ViewModels;

/// <summary>The unit form (create and edit).</summary>
public sealed class UnitEditViewModel
{
    /// <summary>Null when creating.</summary>
    public int? Id { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập mã đơn vị.")]
    [StringLength(64, ErrorMessage = "Mã đơn vị tối đa 64 ký tự.")]
    [RegularExpression("^ *[A-Za-z0-9-]+ *$", ErrorMessage = "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang.")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập tên đơn vị.")]
    [StringLength(200, ErrorMessage = "Tên đơn vị tối đa 200 ký tự.")]
    public string? Name { get; set; }

    [EnumDataType(typeof(OrganizationUnitKind), ErrorMessage = "Loại đơn vị không hợp lệ.")]
    public OrganizationUnitKind Kind { get; set; }

    public bool IsActive { get; set; } = true;

    public static UnitEditViewModel From(OrganizationUnit unit) => new()
    {
        Id = unit.Id,
        Code = unit.Code,
        Name = unit.Name,
        Kind = unit.Kind,
        IsActive = unit.IsActive,
    };
}
