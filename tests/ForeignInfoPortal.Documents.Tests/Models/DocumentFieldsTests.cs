using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Documents.Models;

namespace ForeignInfoPortal.Documents.Tests.Models;

public sealed class DocumentFieldsTests
{
    private static DocumentFields Valid() => new()
    {
        NumberAndSymbol = "64/KH-UBND",
        DocumentType = "KH",
        IssuingBody = "ubnd-tp",
        IssueDate = new DateOnly(2024, 1, 10),
    };

    private static List<ValidationResult> Validate(DocumentFields fields)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(fields, new ValidationContext(fields), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Validate_ConsistentFields_HasNoError() => Assert.Empty(Validate(Valid()));

    [Fact]
    public void Validate_TypeCodeMismatch_IsRefused()
    {
        var fields = Valid();
        fields.DocumentType = "QĐ";
        var error = Assert.Single(Validate(fields));
        Assert.Contains("Kế hoạch", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(nameof(DocumentFields.DocumentType), error.MemberNames);
    }

    [Fact]
    public void Validate_OfficialLetterNumber_NeedsTheOfficialLetterType()
    {
        var fields = Valid();
        fields.NumberAndSymbol = "123/UBND-VP";
        Assert.Contains("Công văn", Assert.Single(Validate(fields)).ErrorMessage, StringComparison.Ordinal);
        fields.DocumentType = DocumentTypes.OfficialLetter;
        Assert.Empty(Validate(fields));
    }

    [Fact]
    public void Validate_TypeWithCode_CannotBeAnOfficialLetter()
    {
        var fields = Valid();
        fields.DocumentType = DocumentTypes.OfficialLetter;
        Assert.Single(Validate(fields));
    }

    [Fact]
    public void Validate_ExpiryBeforeEffective_IsRefused()
    {
        var fields = Valid();
        fields.EffectiveDate = new DateOnly(2024, 2, 1);
        fields.ExpiryDate = new DateOnly(2024, 1, 31);
        var error = Assert.Single(Validate(fields));
        Assert.Equal("Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi.", error.ErrorMessage);
        fields.ExpiryDate = fields.EffectiveDate;
        Assert.Empty(Validate(fields));
    }

    [Fact]
    public void Validate_ExpiryBeforeIssue_WithoutEffectiveDate_IsRefused()
    {
        var fields = Valid();
        fields.ExpiryDate = new DateOnly(2024, 1, 9);
        Assert.Single(Validate(fields));
    }

    [Fact]
    public void Validate_YearInSymbolDiffersFromIssueYear_IsRefused()
    {
        var fields = Valid();
        fields.NumberAndSymbol = "1879/2013/KH-UBND";
        Assert.Contains("2013", Assert.Single(Validate(fields)).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingAndMalformed_ReportsEveryField()
    {
        var results = Validate(new DocumentFields { NumberAndSymbol = "KH-UBND" });
        var members = results.SelectMany(r => r.MemberNames).ToList();
        Assert.Contains(nameof(DocumentFields.NumberAndSymbol), members);
        Assert.Contains(nameof(DocumentFields.DocumentType), members);
        Assert.Contains(nameof(DocumentFields.IssuingBody), members);
        Assert.Contains(nameof(DocumentFields.IssueDate), members);
    }

    [Fact]
    public void Normalize_CleansNumberRelationsAndText()
    {
        var fields = Valid();
        fields.NumberAndSymbol = " Số: 64 / kh-UBND ";
        fields.DocumentType = "kh";
        fields.IssuingBody = " UBND-TP ";
        fields.Replaces = ["35/kh-ubnd\n35/KH-UBND", "64/KH-UBND", "57-KL/TW"];
        fields.Implements = ["47/NQ-CP; 72/2015/nđ-CP"];
        fields.FullText = "<div><br></div>";
        fields.Normalize(new ContentNormalizeContext(new PassThroughSanitizer()));
        Assert.Equal("64/KH-UBND", fields.NumberAndSymbol);
        Assert.Equal("KH", fields.DocumentType);
        Assert.Equal("ubnd-tp", fields.IssuingBody);
        Assert.Equal(["35/KH-UBND", "57-KL/TW"], fields.Replaces);
        Assert.Equal(["47/NQ-CP", "72/2015/NĐ-CP"], fields.Implements);
        Assert.Null(fields.FullText);
    }

    [Fact]
    public void GetIndexValues_IndexesNumberKeyDatesAndRelations()
    {
        var fields = Valid();
        fields.ExpiryDate = new DateOnly(2024, 12, 31);
        fields.Replaces = ["35/KH-UBND"];
        fields.Field = "thong-tin-doi-ngoai";
        var values = ((IContentFields)fields).GetIndexValues().ToList();
        Assert.Contains(values, v => v.Name == "number" && v.Text == "64/KH-UBND");
        Assert.Contains(values, v => v.Name == "numberKey" && v.Text == "64|KH|UBND|2024");
        Assert.Contains(values, v => v.Name == "year" && v.Text == "2024");
        Assert.Contains(values, v => v.Name == "issuer" && v.Text == "ubnd-tp");
        Assert.Contains(values, v => v.Name == "field" && v.Text == "thong-tin-doi-ngoai");
        Assert.Contains(values, v => v.Name == "effectiveDate" && v.Date == new DateTime(2024, 1, 10, 0, 0, 0, DateTimeKind.Utc));
        Assert.Contains(values, v => v.Name == "expiryDate" && v.Date == new DateTime(2024, 12, 31, 0, 0, 0, DateTimeKind.Utc));
        Assert.Contains(values, v => v.Name == "replaces" && v.Text == "35/KH-UBND");
        Assert.Equal("KH", ((IContentFields)fields).Subtype);
    }

    private sealed class PassThroughSanitizer : IHtmlSanitizer
    {
        public string Sanitize(string html) => html;
    }
}
