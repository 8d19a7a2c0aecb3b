using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Core.Tests.Text;

public sealed class AllowListHtmlSanitizerTests
{
    private readonly AllowListHtmlSanitizer _sanitizer = new();

    [Theory]
    [InlineData("<p>Xin chào<script>alert(1)</script></p>", "<p>Xin chào</p>")]
    [InlineData("<p onclick=\"alert(1)\">Nội dung</p>", "<p>Nội dung</p>")]
    [InlineData("<img src=x onerror=alert(1)>", "<img src=\"x\" loading=\"lazy\" decoding=\"async\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"java\tscript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<img src=\"data:text/html;base64,PHNjcmlwdD4=\">", "<img loading=\"lazy\" decoding=\"async\">")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">a</p>", "<p>a</p>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>b</p>", "<p>b</p>")]
    [InlineData("<svg><script>alert(1)</script></svg>ok", "ok")]
    [InlineData("<!--[if IE]><script>alert(1)</script><![endif]--><p>c</p>", "<p>c</p>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "")]
    [InlineData("<form action=\"/x\"><input name=a></form>d", "d")]
    public void Sanitize_Attack_IsNeutralised(string input, string expected) =>
        Assert.Equal(expected, _sanitizer.Sanitize(input));

    [Fact]
    public void Sanitize_EditorMarkup_IsKept()
    {
        const string html = "<h2>Lễ hội</h2><p><strong>Đậm</strong>, <em>nghiêng</em>, <a href=\"https://backan.gov.vn/a?b=1\">liên kết</a></p><ul><li>một</li></ul><blockquote>trích</blockquote>";
        var clean = _sanitizer.Sanitize(html);
        Assert.Contains("<h2>Lễ hội</h2>", clean);
        Assert.Contains("<strong>Đậm</strong>", clean);
        Assert.Contains("href=\"https://backan.gov.vn/a?b=1\"", clean);
        Assert.Contains("<ul><li>một</li></ul>", clean);
        Assert.Contains("<blockquote>trích</blockquote>", clean);
    }

    [Fact]
    public void Sanitize_UnknownElement_KeepsItsText()
    {
        Assert.Equal("<p>a <b>b</b> c</p>", _sanitizer.Sanitize("<p>a <marquee><b>b</b></marquee> c</p>"));
    }

    [Fact]
    public void Sanitize_BodyPicture_LoadsLazily_AndKeepsItsSize()
    {
        var clean = _sanitizer.Sanitize("<figure><img src=\"/tep/3f2a/anh.jpg\" alt=\"Chợ phiên\" width=\"800\" height=\"600\" loading=\"eager\"></figure>");
        Assert.Equal("<figure><img src=\"/tep/3f2a/anh.jpg\" alt=\"Chợ phiên\" width=\"800\" height=\"600\" loading=\"lazy\" decoding=\"async\"></figure>", clean);
    }
}
