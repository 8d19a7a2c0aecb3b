namespace ForeignInfoPortal.Documents.Tests;

public sealed class DocumentsFormatTests
{
    [Theory]
    [InlineData(850, "850 B")]
    [InlineData(12_800, "12,5 KB")]
    [InlineData(1_258_291, "1,2 MB")]
    [InlineData(2_097_152, "2 MB")]
    [InlineData(1_073_741_824, "1.024 MB")]
    public void FileSize_IsWrittenTheVietnameseWay(long bytes, string expected) =>
        Assert.Equal(expected, DocumentsFormat.FileSize(bytes));

    [Fact]
    public void Date_IsDayMonthYear() => Assert.Equal("05/01/2025", DocumentsFormat.Date(new DateOnly(2025, 1, 5)));
}
