namespace ForeignInfoPortal.Core.Taxonomy;

/// <summary>A category of one content type (news: "Kinh tế", "Văn hóa - Du lịch", ...).</summary>
public sealed class Category
{
    public int Id { get; set; }

    public string ContentType { get; set; } = "";

    public string Culture { get; set; } = "vi";

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }
}
