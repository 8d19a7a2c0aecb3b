using System.Text;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Lễ hội Xuân phường Xuất Hóa", "le-hoi-xuan-phuong-xuat-hoa")]
    [InlineData("Đền Đồng Bằng", "den-dong-bang")]
    [InlineData("Động Áng Tôong", "dong-ang-toong")]
    [InlineData("Hồ sinh thái Nặm Cát — mùa thu", "ho-sinh-thai-nam-cat-mua-thu")]
    [InlineData("Kế hoạch 64/KH-UBND năm 2024", "ke-hoach-64-kh-ubnd-nam-2024")]
    [InlineData("  --Thác Bạc!!  ", "thac-bac")]
    [InlineData("Ưu đãi đầu tư", "uu-dai-dau-tu")]
    public void Slugify_VietnameseTitle_GivesAsciiSlug(string title, string expected) =>
        Assert.Equal(expected, VietnameseText.Slugify(title));

    [Fact]
    public void Slugify_CombiningAndPrecomposedForms_GiveTheSameSlug()
    {
        var precomposed = "Hòa Bình".Normalize(NormalizationForm.FormC);
        var combining = "Hòa Bình".Normalize(NormalizationForm.FormD);
        Assert.NotEqual(precomposed, combining);
        Assert.Equal(VietnameseText.Slugify(precomposed), VietnameseText.Slugify(combining));
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("—")]
    public void Slugify_NothingUsable_GivesEmpty(string title) => Assert.Equal("", VietnameseText.Slugify(title));

    [Fact]
    public void Slugify_LongTitle_IsCutWithoutTrailingDash()
    {
        var slug = VietnameseText.Slugify("Tăng cường thông tin đối ngoại " + string.Join(' ', Enumerable.Repeat("ab", 100)), maxLength: 40);
        Assert.True(slug.Length <= 40);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("tang-cuong-thong-tin-doi-ngoai", slug);
    }

    [Theory]
    [InlineData("Đền Cô", "Den Co")]
    [InlineData("đường Trường Chinh", "duong Truong Chinh")]
    [InlineData("hoà", "hoa")]
    public void Fold_RemovesDiacriticsAndMapsD(string text, string expected) => Assert.Equal(expected, VietnameseText.Fold(text));

    [Theory]
    [InlineData("hòa bình", "hoà bình")]
    [InlineData("Hòa", "Hoà")]
    [InlineData("thủy điện", "thuỷ điện")]
    [InlineData("khỏe", "khoẻ")]
    [InlineData("hoàng", "hoàng")]
    [InlineData("ngoài", "ngoài")]
    [InlineData("quý", "quý")]
    [InlineData("họa sĩ", "hoạ sĩ")]
    public void NormalizeTones_PutsTheMarkOfOaOeUyOnTheSecondVowel(string text, string expected) =>
        Assert.Equal(expected.Normalize(System.Text.NormalizationForm.FormC), VietnameseText.NormalizeTones(text));

    [Fact]
    public void NormalizeTones_MakesOldAndNewPlacementEqual() =>
        Assert.Equal(VietnameseText.NormalizeTones("hòa"), VietnameseText.NormalizeTones("hoà"));

    [Theory]
    [InlineData('Đ', 'D')]
    [InlineData('ộ', 'o')]
    [InlineData('a', 'a')]
    [InlineData('ư', 'u')]
    public void FoldChar_FoldsOneCharacterKeepingPositions(char c, char expected) => Assert.Equal(expected, VietnameseText.FoldChar(c));

    [Fact]
    public void FoldChar_AgreesWithFold_ForEveryCharacterOfTheBasicPlane()
    {
        // FoldChar answers the Latin ranges from tables worked out once; every character must fold as Fold does.
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var folded = VietnameseText.Fold(c.ToString());
            Assert.True(VietnameseText.FoldChar(c) == (folded.Length == 1 && folded[0] != '\uFFFD' ? folded[0] : c), $"U+{code:X4}");
        }
    }

    [Fact]
    public void Fold_ReplacesWhatCannotBeNormalised_InsteadOfFailing()
    {
        // Built here, not in attributes: a lone surrogate does not survive the test runner's serialisation of cases.
        var cases = new (string Text, string Folded, string Normalised)[]
        {
            ("Đền" + (char)0xD800 + " Cô", "Den\uFFFD Co", "Đền\uFFFD Cô"),
            ("hồ" + (char)0xFFFE, "ho\uFFFD", "hồ\uFFFD"),
            (((char)0xDC00).ToString(), "\uFFFD", "\uFFFD"),
            ("ảnh 😀", "anh 😀", "ảnh 😀"),
        };
        foreach (var (text, folded, normalised) in cases)
        {
            Assert.Equal(folded, VietnameseText.Fold(text));
            Assert.Equal(normalised, VietnameseText.NormalizeTones(text));
        }
    }
}
