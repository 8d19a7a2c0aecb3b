using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;

namespace ForeignInfoPortal.Core.Tests.Content;

public sealed class ContentDiffTests
{
    private static readonly ContentTypeDefinition Type = new()
    {
        Name = "Leaflet",
        DisplayName = "Tờ rơi",
        FieldsType = typeof(LeafletFields),
        ApiName = "leaflets",
        Subtypes = [new("print", "Bản in"), new("web", "Bản điện tử")],
    };

    [Fact]
    public void Changes_SameContent_IsEmpty()
    {
        var a = Version(new LeafletFields { Body = "<p>Xin chào</p>" });
        var b = Version(new LeafletFields { Body = "<p>Xin chào</p>" });

        Assert.Empty(ContentDiff.Changes(Type, a, b));
    }

    [Fact]
    public void Changes_ListsExactlyTheChangedFields_WithLabelsAndReadableValues()
    {
        var a = Version(new LeafletFields { Body = "<p>Bản <strong>cũ</strong></p>", Pages = 12, Printed = false }, title: "Tờ rơi A");
        var b = Version(new LeafletFields { Body = "<p>Bản <em>mới</em>.</p><p>Hết</p>", Pages = 1200, Printed = false }, title: "Tờ rơi B");

        var changes = ContentDiff.Changes(Type, a, b);

        Assert.Equal(["title", "fields.body", "fields.pages"], changes.Select(c => c.Key));
        var body = changes[1];
        Assert.Equal("Nội dung", body.Label);
        Assert.Equal("Bản cũ", body.Before);
        Assert.Equal("Bản mới. Hết", body.After); // inline tags join their text, blocks are separated
        Assert.Equal(("12", "1.200"), (changes[2].Before, changes[2].After));
        Assert.Equal("Pages", changes[2].Label); // no [Display]: the property's name
    }

    [Fact]
    public void Changes_MarkupOnlyDifference_IsNotAChange()
    {
        var a = Version(new LeafletFields { Body = "<p>Giờ mở cửa</p>" });
        var b = Version(new LeafletFields { Body = "<div>Giờ mở cửa</div>" });

        Assert.Empty(ContentDiff.Changes(Type, a, b));
    }

    [Fact]
    public void Changes_FilesAndPictures_AreNamed()
    {
        var fileA = new ContentFileReference { FileId = Guid.NewGuid(), Name = "lich-trinh.pdf" };
        var fileB = new ContentFileReference { FileId = Guid.NewGuid(), Name = "lịch trình mới.pdf" };
        var photo = new ContentMediaReference { MediaId = Guid.NewGuid(), Name = "Hồ Ba Bể.jpg" };
        var a = Version(new LeafletFields { Attachments = [fileA] });
        var b = Version(new LeafletFields { Attachments = [fileA, fileB], Photo = photo },
            featuredImage: MediaUrls.Original(Guid.NewGuid(), "Thác Bản Giốc.jpg"));

        var changes = ContentDiff.Changes(Type, a, b).ToDictionary(c => c.Key);

        Assert.Equal(("", "Thác Bản Giốc.jpg"), (changes["featuredImage"].Before, changes["featuredImage"].After));
        Assert.Equal(("lich-trinh.pdf", "lich-trinh.pdf; lịch trình mới.pdf"), (changes["fields.attachments"].Before, changes["fields.attachments"].After));
        Assert.Equal("Tệp đính kèm", changes["fields.attachments"].Label);
        Assert.Equal("Hồ Ba Bể.jpg", changes["fields.photo"].After);
        Assert.Equal(3, changes.Count);
    }

    [Fact]
    public void Fields_CommonFields_UseNamesForUnitCategorySubtypeAndVietnamTime()
    {
        var names = new ContentDiffNames(new Dictionary<int, string> { [3] = "Phòng Văn hóa" }, new Dictionary<string, string> { ["su-kien"] = "Sự kiện" });
        var a = Version(new LeafletFields(), unitId: null, category: null, subtype: "print", published: new DateTime(2026, 1, 31, 17, 30, 0, DateTimeKind.Utc));
        var b = Version(new LeafletFields(), unitId: 3, category: "su-kien", subtype: "web", published: null, culture: "en");

        var rows = ContentDiff.Fields(Type, a, b, names).ToDictionary(r => r.Key);

        Assert.Equal(("", "Phòng Văn hóa"), (rows["unit"].Before, rows["unit"].After));
        Assert.Equal(("", "Sự kiện"), (rows["category"].Before, rows["category"].After));
        Assert.Equal(("Bản in", "Bản điện tử"), (rows["subtype"].Before, rows["subtype"].After));
        Assert.Equal(("01/02/2026 00:30", ""), (rows["publishedUtc"].Before, rows["publishedUtc"].After));
        Assert.Equal(("Tiếng Việt", "Tiếng Anh"), (rows["culture"].Before, rows["culture"].After));
        Assert.False(rows["title"].Changed);
        Assert.DoesNotContain("fields.category", rows.Keys); // the common row shows it
    }

    [Fact]
    public void Changes_FromNothing_ListsWhatTheFirstVersionHolds()
    {
        var first = Version(new LeafletFields { Body = "<p>Mới</p>", Printed = true });

        var changes = ContentDiff.Changes(Type, null, first);

        Assert.Contains(changes, c => c is { Key: "fields.body", Before: "", After: "Mới" });
        Assert.Contains(changes, c => c is { Key: "fields.printed", After: "Có" });
        Assert.Contains(changes, c => c.Key == "title");
    }

    [Fact]
    public void ToJson_RoundTrips_AndCutsLongValues()
    {
        var changes = new[] { new FieldDiff("fields.body", "Nội dung", "ngắn", new string('x', FieldDiff.MaxStoredLength + 10)) };

        var parsed = FieldDiff.TryParse(FieldDiff.ToJson(changes));

        var change = Assert.Single(parsed!);
        Assert.Equal(("fields.body", "Nội dung", "ngắn"), (change.Key, change.Label, change.Before));
        Assert.Equal(FieldDiff.MaxStoredLength + 1, change.After.Length);
        Assert.Null(FieldDiff.TryParse("Trả lại: thiếu ảnh"));
    }

    [Fact]
    public void Compare_SecretProperties_AreNeverWritten()
    {
        var rows = FieldValues.Compare(typeof(MailSettings), new MailSettings { Host = "a", SmtpPassword = "cu-123" },
            new MailSettings { Host = "b", SmtpPassword = "moi-456" }).ToList();

        var password = Assert.Single(rows, r => r.Key == "smtpPassword");
        Assert.True(password.Changed);
        Assert.DoesNotContain("123", password.Before + password.After, StringComparison.Ordinal);
        Assert.DoesNotContain("456", password.Before + password.After, StringComparison.Ordinal);
        Assert.Equal(("a", "b"), (rows.Single(r => r.Key == "host").Before, rows.Single(r => r.Key == "host").After));
    }

    private static ContentVersion Version(LeafletFields fields, string title = "Tờ rơi", int? unitId = null, string? category = null,
        string? subtype = null, DateTime? published = null, string culture = "vi", string? featuredImage = null) => new()
    {
        ContentType = Type.Name,
        Title = title,
        Slug = "to-roi",
        Culture = culture,
        UnitId = unitId,
        Category = category,
        Subtype = subtype,
        PublishedUtc = published,
        FeaturedImage = featuredImage,
        Data = JsonSerializer.Serialize(fields, ContentJson.Options),
    };

    private sealed class LeafletFields : IContentFields
    {
        [Display(Name = "Nội dung")]
        public string? Body { get; set; }

        public int Pages { get; set; }

        [Display(Name = "Đã in")]
        public bool Printed { get; set; }

        public string? Category { get; set; }

        [Display(Name = "Tệp đính kèm")]
        public List<ContentFileReference> Attachments { get; set; } = [];

        [Display(Name = "Ảnh")]
        public ContentMediaReference? Photo { get; set; }
    }

    private sealed class MailSettings
    {
        public string? Host { get; set; }

        public string? SmtpPassword { get; set; }
    }
}
