using System.Security.Cryptography;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Tests.Files;

public sealed class LocalFileStoreTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "fip-files-" + Guid.NewGuid().ToString("N"));
    private CoreTestHost _host = null!;

    public async ValueTask InitializeAsync() =>
        _host = await CoreTestHost.StartAsync(s => s.AddSingleton(new FileStoreOptions(_root)));

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task SaveAsync_KeepsTheVietnameseNameChecksumAndContent()
    {
        var pdf = TestFiles.Pdf();
        await using var scope = _host.Scope();
        var store = scope.Services.GetRequiredService<IFileStore>();

        var file = await store.SaveAsync(new MemoryStream(pdf), "C:\\Tài liệu\\Kế hoạch\u0020số 64.pdf".Normalize(System.Text.NormalizationForm.FormD),
            FileKind.Document, 1024 * 1024, "u1");
        await scope.Db.SaveChangesAsync();

        Assert.Equal("Kế hoạch số 64.pdf", file.OriginalName);
        Assert.Equal(FileKind.Pdf, file.Kind);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(pdf.Length, file.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), file.Sha256);
        Assert.Matches(@"^\d{4}/\d{2}/[0-9a-f]{32}\.pdf$", file.StoragePath);
        var opened = await store.OpenAsync(file.Id);
        Assert.NotNull(opened);
        await using var content = opened.Value.Content;
        Assert.True(content.CanSeek);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(pdf, copy.ToArray());
    }

    [Fact]
    public async Task SaveAsync_WithAnId_UsesIt()
    {
        var id = Guid.NewGuid();
        await using var scope = _host.Scope();
        var file = await scope.Services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(TestFiles.Wav(10)), "a.wav", FileKind.Audio, 10_000, null, id);
        Assert.Equal(id, file.Id);
    }

    [Theory]
    [InlineData("Công văn.pdf", "html", "không phải là tệp PDF hợp lệ")]
    [InlineData("Bản tin.mp3", "exe", "không phải là tệp MP3 hợp lệ")]
    [InlineData("Báo cáo.docx", "zip", "không phải là tệp Word (.docx) hợp lệ")]
    [InlineData("Báo cáo.pdf", "docx", "nội dung thực: Word (.docx)")]
    [InlineData("Bản tin.wav", "wav", "Chỉ nhận các loại: PDF")]
    public async Task SaveAsync_ForgedOrWrongKind_IsRefusedAndLeavesNothing(string name, string content, string message)
    {
        var bytes = content switch
        {
            "html" => TestFiles.Html(),
            "exe" => TestFiles.Exe(),
            "zip" => TestFiles.ZipWithoutDocument(),
            "docx" => TestFiles.Docx(),
            _ => TestFiles.Wav(100),
        };
        var allowed = name.EndsWith(".mp3", StringComparison.Ordinal) ? FileKind.Audio : FileKind.Document;

        var error = await RefuseAsync(bytes, name, allowed, 1024 * 1024);

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.StartsWith($"Tệp \"{name}\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_Oversize_IsRefusedAndLeavesNothing()
    {
        var error = await RefuseAsync(TestFiles.Wav(200_000), "Bản tin.wav", FileKind.Audio, 100_000);
        Assert.Contains("lớn hơn giới hạn", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_Empty_IsRefused()
    {
        var error = await RefuseAsync([], "Rỗng.pdf", FileKind.Document, 100_000);
        Assert.Contains("rỗng", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_RemovesContentAndRecord()
    {
        await using var scope = _host.Scope();
        var store = scope.Services.GetRequiredService<IFileStore>();
        var file = await store.SaveAsync(new MemoryStream(TestFiles.Pdf()), "x.pdf", FileKind.Pdf, 10_000, null);
        await scope.Db.SaveChangesAsync();

        await store.DeleteAsync(file);
        await scope.Db.SaveChangesAsync();

        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
        Assert.False(await scope.Db.Files.AnyAsync());
    }

    private async Task<string> RefuseAsync(byte[] content, string name, FileKind allowed, long maxBytes)
    {
        await using var scope = _host.Scope();
        var store = scope.Services.GetRequiredService<IFileStore>();
        var error = await Assert.ThrowsAsync<FileRejectedException>(() => store.SaveAsync(new MemoryStream(content), name, allowed, maxBytes, null));
        Assert.Empty(Directory.Exists(_root) ? Directory.GetFiles(_root, "*", SearchOption.AllDirectories) : []);
        Assert.Empty(scope.Db.ChangeTracker.Entries<StoredFile>());
        return error.Message;
    }
}
