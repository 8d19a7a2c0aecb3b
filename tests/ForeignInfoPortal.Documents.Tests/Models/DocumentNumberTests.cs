using ForeignInfoPortal.Documents.Models;

namespace ForeignInfoPortal.Documents.Tests.Models;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("64/KH-UBND", 64, null, "KH", "UBND", "64/KH-UBND")]
    [InlineData("47/NQ-CP", 47, null, "NQ", "CP", "47/NQ-CP")]
    [InlineData("1879/2013/QĐ-UBND", 1879, 2013, "QĐ", "UBND", "1879/2013/QĐ-UBND")]
    [InlineData("Số: 64 / kh - UBND", 64, null, "KH", "UBND", "64/KH-UBND")]
    [InlineData("số 5/TB-UBND", 5, null, "TB", "UBND", "05/TB-UBND")]
    [InlineData("12/CTr-UBND", 12, null, "CTr", "UBND", "12/CTr-UBND")]
    [InlineData("3/QYĐ-UBND", 3, null, "QYĐ", "UBND", "03/QYĐ-UBND")]
    [InlineData("1486/QĐ-TTg", 1486, null, "QĐ", "TTg", "1486/QĐ-TTg")]
    [InlineData("07/ĐA-UBND", 7, null, "ĐA", "UBND", "07/ĐA-UBND")]
    [InlineData("07/DA-UBND", 7, null, "DA", "UBND", "07/DA-UBND")]
    public void TryParse_ValidNumber_ReadsItsParts(string text, int number, int? year, string code, string issuer, string normalised)
    {
        Assert.True(DocumentNumber.TryParse(text, out var result, out var error), error);
        Assert.Equal(new DocumentNumber(number, year, code, issuer), result);
        Assert.Equal(normalised, result!.ToString());
    }

    [Theory]
    [InlineData("123/UBND-VP", "UBND-VP")]
    [InlineData("976/STTTT-TTBCXB", "STTTT-TTBCXB")]
    [InlineData("Số: 123 / UBND – VP", "UBND-VP")]
    public void TryParse_OfficialLetter_HasNoTypeCode(string text, string issuer)
    {
        Assert.True(DocumentNumber.TryParse(text, out var result, out var error), error);
        Assert.True(result!.IsOfficialLetter);
        Assert.Null(result.TypeCode);
        Assert.Equal(issuer, result.Issuer);
        Assert.Equal($"123/{issuer}".Replace("123", result.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), result.ToString());
    }

    [Fact]
    public void TryParse_DecomposedUnicode_IsNormalisedToNfc()
    {
        var decomposed = "901/QĐ-UBND".Normalize(System.Text.NormalizationForm.FormD) + " ";
        Assert.True(DocumentNumber.TryParse("901/Q\u0110-UBND".Normalize(System.Text.NormalizationForm.FormD), out var result, out _));
        Assert.Equal("QĐ", result!.TypeCode);
        Assert.Equal("901/QĐ-UBND", DocumentNumber.Normalize(decomposed));
    }

    [Theory]
    [InlineData("", "Vui lòng nhập")]
    [InlineData("   ", "Vui lòng nhập")]
    [InlineData("KH-UBND", "Số/Mã loại-Cơ quan")]
    [InlineData("64", "Số/Mã loại-Cơ quan")]
    [InlineData("1/2/3/KH-UBND", "Số/Mã loại-Cơ quan")]
    [InlineData("abc/KH-UBND", "số nguyên dương")]
    [InlineData("0/KH-UBND", "số nguyên dương")]
    [InlineData("64/24/KH-UBND", "4 chữ số")]
    [InlineData("64/KH", "Thiếu tên viết tắt của cơ quan ban hành")]
    [InlineData("64/KH--UBND", "chỉ gồm chữ cái")]
    [InlineData("64/KH-UB*ND", "chỉ gồm chữ cái")]
    [InlineData("64/", "chỉ gồm chữ cái")]
    [InlineData("64/12-UBND", "phải bắt đầu")]
    public void TryParse_Malformed_GivesVietnameseMessage(string text, string expected)
    {
        Assert.False(DocumentNumber.TryParse(text, out var result, out var error));
        Assert.Null(result);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_CitedCode_OnlyWhenAllowed()
    {
        Assert.True(DocumentNumber.TryParse("72/2015/NĐ-CP", out var strict, out _));
        Assert.True(strict!.IsOfficialLetter); // NĐ is not a type a city publishes: read as an issuer.
        Assert.True(DocumentNumber.TryParse("72/2015/NĐ-CP", out var cited, out _, allowCitedCodes: true));
        Assert.Equal("NĐ", cited!.TypeCode);
        Assert.Equal("CP", cited.Issuer);
    }

    [Fact]
    public void Key_SameNumberTypeIssuerAndYear_IsEqualWhateverTheSpelling()
    {
        Assert.True(DocumentNumber.TryParse("64/KH-UBND", out var a, out _));
        Assert.True(DocumentNumber.TryParse("Số: 064 / kh-ubnd", out var b, out _));
        Assert.Equal(a!.Key(2024), b!.Key(2024));
        Assert.Equal("64|KH|UBND|2024", a.Key(2024));
        Assert.NotEqual(a.Key(2024), a.Key(2025));
        Assert.True(DocumentNumber.TryParse("64/UBND-VP", out var letter, out _));
        Assert.Equal("64|CV|UBND-VP|2024", letter!.Key(2024));
    }
}
