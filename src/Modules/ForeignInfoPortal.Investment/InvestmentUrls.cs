namespace ForeignInfoPortal.Investment;

/// <summary>The public URLs of the Investment module, in one place.</summary>
internal static class InvestmentUrls
{
    /// <summary>The projects calling for investment, with filters; the navigation entry.</summary>
    public const string Projects = "/dau-tu";

    public const string Policies = "/dau-tu/chinh-sach";

    /// <summary>The query parameter of the page number, as in the other modules' lists.</summary>
    public const string PageParameter = "trang";

    public static string Project(string slug) => $"{Projects}/du-an/{slug}";

    public static string Policy(string slug) => $"{Policies}/{slug}";
}
