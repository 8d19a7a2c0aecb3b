using System.Net;
using System.Net.Http.Headers;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Storage;

/// <summary>
/// Stored files in an S3-compatible bucket (s3rver on loopback): kept in the bucket, served by a node that never saw
/// the upload, removed with their record, and a bucket that does not answer refuses the upload with nothing kept.
/// </summary>
public sealed class S3StorageTests : IAsyncLifetime
{
    private S3TestServer? _s3;
    private PortalFactory? _nodeA;

    public async ValueTask InitializeAsync()
    {
        _s3 = await S3TestServer.StartAsync();
        if (_s3 is not null)
        {
            _nodeA = new PortalFactory(_s3.Settings);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_nodeA is not null)
        {
            await _nodeA.DisposeAsync();
        }

        if (_s3 is not null)
        {
            await _s3.DisposeAsync();
        }
    }

    private (S3TestServer S3, PortalFactory Node) Require()
    {
        Assert.SkipWhen(_s3 is null, "No S3 test server: " + S3TestServer.HowToInstall);
        return (_s3!, _nodeA!);
    }

    [Fact]
    public async Task A_file_saved_on_one_node_is_kept_in_the_bucket_and_served_by_another_node_with_ranges()
    {
        var (s3, nodeA) = Require();
        var pdf = GeneratedFiles.Pdf("Kế hoạch 64/KH-UBND", ["Kho lưu trữ dùng chung giữa các máy chủ."]);
        var file = await SaveAsync(nodeA, pdf, "Kế hoạch số 64.pdf");

        // The object is in the bucket under the file's storage path, byte for byte.
        var objects = Directory.GetFiles(Path.Combine(s3.Folder, S3TestServer.Bucket), "*", SearchOption.AllDirectories)
            .Where(p => p.Contains(file.Id.ToString("N"), StringComparison.Ordinal) && p.EndsWith("._S3rver_object", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Assert.Single(objects)));

        // Node B shares the database and the bucket but not the disk: it has never seen this file.
        var settings = new Dictionary<string, string?>(s3.Settings);
        foreach (var (key, value) in nodeA.DatabaseSettings)
        {
            settings[key] = value;
        }

        await using var nodeB = new PortalFactory(settings);
        var admin = await nodeB.SignInAsAdminAsync();
        Assert.False(Directory.Exists(Path.Combine(nodeB.DataFolder, "s3-cache")));

        var whole = await admin.GetAsync($"/tep/{file.Id:N}/{Uri.EscapeDataString(file.OriginalName)}");
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(pdf, await whole.Content.ReadAsByteArrayAsync());

        var request = new HttpRequestMessage(HttpMethod.Get, $"/tep/{file.Id:N}/{Uri.EscapeDataString(file.OriginalName)}");
        request.Headers.Range = new RangeHeaderValue(10, 29);
        var part = await admin.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(pdf[10..30], await part.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Deleting_a_file_removes_the_object_and_the_record()
    {
        var (s3, node) = Require();
        var file = await SaveAsync(node, GeneratedFiles.Pdf("Xóa", ["Tệp sẽ bị xóa."]), "xoa.pdf");
        using (var scope = node.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var stored = await db.Files.SingleAsync(f => f.Id == file.Id);
            await scope.ServiceProvider.GetRequiredService<IFileStore>().DeleteAsync(stored);
            await db.SaveChangesAsync();
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(s3.Folder, S3TestServer.Bucket), $"*{file.Id:N}*", SearchOption.AllDirectories));
        using var check = node.Services.CreateScope();
        Assert.Null(await check.ServiceProvider.GetRequiredService<IFileStore>().OpenAsync(file.Id));
    }

    [Fact]
    public async Task A_bucket_that_does_not_answer_refuses_the_upload_in_Vietnamese_and_keeps_nothing()
    {
        var (s3, _) = Require();
        var unreachable = new Dictionary<string, string?>(s3.Settings) { ["Portal:Storage:S3:ServiceUrl"] = "http://127.0.0.1:9" };
        await using var node = new PortalFactory(unreachable);
        using var scope = node.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();

        var refusal = await Assert.ThrowsAsync<FileRejectedException>(() =>
            store.SaveAsync(new MemoryStream(GeneratedFiles.Pdf("Lỗi", ["Không lưu được."])), "loi.pdf", FileKind.Document, 1_000_000, null));

        Assert.Contains("kho lưu trữ", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(scope.ServiceProvider.GetRequiredService<PortalDbContext>().ChangeTracker.Entries<StoredFile>());
        Assert.DoesNotContain(Directory.EnumerateFiles(node.DataFolder, "*", SearchOption.AllDirectories), p => p.Contains("/files/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_incomplete_configuration_stops_the_start_naming_the_missing_setting()
    {
        var (s3, _) = Require();
        var incomplete = new Dictionary<string, string?>(s3.Settings) { ["Portal:Storage:S3:Bucket"] = "" };
        await using var node = new PortalFactory(incomplete);

        var failure = Assert.ThrowsAny<Exception>(() => node.CreateClient());

        Assert.Contains("Portal:Storage:S3:Bucket", failure.ToString(), StringComparison.Ordinal);
    }

    private static async Task<StoredFile> SaveAsync(PortalFactory node, byte[] content, string name)
    {
        using var scope = node.Services.CreateScope();
        var file = await scope.ServiceProvider.GetRequiredService<IFileStore>()
            .SaveAsync(new MemoryStream(content), name, FileKind.Document, 10_000_000, null);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return file;
    }
}
