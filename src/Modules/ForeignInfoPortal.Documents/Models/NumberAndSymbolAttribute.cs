using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Documents.Models;

/// <summary>
/// A number and symbol that <see cref="DocumentNumber"/> reads, with the parser's Vietnamese message otherwise.
/// A property-level check, so its message comes with the other fields' at once.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NumberAndSymbolAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return ValidationResult.Success; // [Required] speaks for an empty value.
        }

        return DocumentNumber.TryParse(text, out _, out var error)
            ? ValidationResult.Success
            : new ValidationResult(error, validationContext.MemberName is { } name ? [name] : null);
    }
}
