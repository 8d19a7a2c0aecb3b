namespace ForeignInfoPortal.Investment.Models;

/// <summary>The names of the values investment items write into the content index.</summary>
internal static class InvestmentIndex
{
    public const string Field = "field";
    public const string Status = "status";
    public const string Ward = "ward";
    public const string Capital = "capital";
    public const string Area = "area";
}
