using System.Text.Json;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>
/// <c>import FILE --force</c> over a site in use, with archives that must be refused, through the host's own executable on
/// the suite's engine: a manifest that names a table twice, lacks a table's row count or names a table this version does
/// not have, and rows that pass every check before the insert but not the checksum read back inside the transaction.
/// Each refusal is one Vietnamese line with exit code 1 (no stack trace), and the target is exactly as before: an export
/// of it has the same counts, checksums and files, and the source's stored file was not written.
/// </summary>
public sealed class ImportRefusalTests : IDisposable
{
    private const string SourceTitle = "Tin của trang nguồn, không được vào trang đích";

    private const string TargetTitle = "Tin của trang đích, phải còn nguyên";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "fip-import-" + Guid.NewGuid().ToString("N"));

    public ImportRefusalTests() => Directory.CreateDirectory(_root);

    [Fact]
    public async Task Import_ManifestWithATableTwiceNoCountOrAnUnknownTable_IsRefusedInOneLine_TargetUnchanged()
    {
        var (archive, _, target, before) = await SitesAsync();

        var twice = await ExportArchives.CopyAsync(archive, Path.Combine(_root, "hai-lan.zip"), "export.json", manifest =>
        {
            var json = JsonNode.Parse(manifest)!;
            var tables = json["tables"]!.AsArray();
            tables.Add(tables.Single(t => (string?)t!["name"] == "ContentVersions")!.DeepClone());
            return json.ToJsonString();
        });
        await AssertRefusedAsync(target, twice, "bảng ContentVersions được nêu hai lần");

        var uncounted = await ExportArchives.CopyAsync(archive, Path.Combine(_root, "thieu-so-dong.zip"), "export.json", manifest =>
        {
            var json = JsonNode.Parse(manifest)!;
            json["tables"]!.AsArray().Single(t => (string?)t!["name"] == "ContentItems")!.AsObject().Remove("rows");
            return json.ToJsonString();
        });
        await AssertRefusedAsync(target, uncounted, "không đọc được");

        var unknown = await ExportArchives.CopyAsync(archive, Path.Combine(_root, "bang-la.zip"), "export.json", manifest =>
        {
            var json = JsonNode.Parse(manifest)!;
            var tables = json["tables"]!.AsArray();
            var extra = tables.Single(t => (string?)t!["name"] == "Settings")!.DeepClone();
            extra["name"] = "BangKhongCo";
            tables.Add(extra);
            return json.ToJsonString();
        });
        await AssertRefusedAsync(target, unknown, "BangKhongCo");

        await AssertUnchangedAsync(target, before);
    }

    [Fact]
    public async Task Import_RowsThatInsertButFailTheChecksum_RollsBackInsideTheTransaction_TargetUnchanged()
    {
        var (archive, sourceFile, target, before) = await SitesAsync();

        // Still a valid row, and the manifest agrees with the changed entry: only the read-back checksum can tell. The rows
        // are JSON as the export wrote them, non-ASCII letters escaped.
        var tampered = await ExportArchives.CopyWithRowsChangedAsync(archive, Path.Combine(_root, "dong-bi-sua.zip"), "ContentVersions",
            rows => rows.Replace(JsonSerializer.Serialize(SourceTitle), JsonSerializer.Serialize("Tin đã bị sửa sau khi xuất"), StringComparison.Ordinal));
        await AssertRefusedAsync(target, tampered, "khác mã kiểm tra của bản xuất ở các bảng: ContentVersions");

        await AssertUnchangedAsync(target, before);

        // The stored files go in after the commit: a refused import has written none.
        using var site = Site(target);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IFileBlobStore>().OpenAsync(sourceFile, CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    // A source site with a published item and a stored file, exported; a target in use with an item of its own, and an
    // export of it taken as the "before".
    private async Task<(string Archive, string SourceFile, string Target, Exported Before)> SitesAsync()
    {
        var (source, target) = (Path.Combine(_root, "nguon"), Path.Combine(_root, "dich"));
        Directory.CreateDirectory(source);
        Directory.CreateDirectory(target);
        string sourceFile;
        using (var site = Site(source))
        {
            using var admin = await site.SignInAsAdminAsync();
            await NewsForms.CreateAsync(admin, SourceTitle, submit: "publish");
            await using var scope = site.Services.CreateAsyncScope();
            using var content = new MemoryStream(GeneratedFiles.Pdf("Tệp của trang nguồn", ["Không được ghi vào trang đích khi nhập bị từ chối."]));
            sourceFile = (await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(content, "Tệp nguồn.pdf", FileKind.Pdf, 1 << 20, null)).StoragePath;
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        }

        using (var site = Site(target))
        {
            using var admin = await site.SignInAsAdminAsync();
            await NewsForms.CreateAsync(admin, TargetTitle, submit: "publish");
        }

        var archive = Path.Combine(_root, "xuat.zip");
        var (exit, output) = await HostProcess.RunAsync(source, ["export", "--out", archive]);
        Assert.True(exit == 0, output);
        return (archive, sourceFile, target, await ExportOfAsync(target, "truoc.zip"));
    }

    private static async Task AssertRefusedAsync(string target, string archive, string reason)
    {
        var (exit, output) = await HostProcess.RunAsync(target, ["import", archive, "--force"]);
        Assert.True(exit == 1, output);
        Assert.Contains("Nhập dữ liệu bị từ chối, dữ liệu hiện có không bị thay đổi.", output, StringComparison.Ordinal);
        Assert.Contains(reason, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private async Task AssertUnchangedAsync(string target, Exported before)
    {
        var after = await ExportOfAsync(target, "sau.zip");
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Checksums, after.Checksums);
        Assert.Equal(before.Files, after.Files);

        using var site = Site(target);
        await using var scope = site.Services.CreateAsyncScope();
        var titles = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentVersions.Select(v => v.Title).ToListAsync();
        Assert.Contains(TargetTitle, titles);
        Assert.DoesNotContain(SourceTitle, titles);
    }

    private async Task<Exported> ExportOfAsync(string folder, string name)
    {
        var archive = Path.Combine(_root, name);
        var (exit, output) = await HostProcess.RunAsync(folder, ["export", "--out", archive]);
        Assert.True(exit == 0, output);
        return await ExportArchives.ManifestAsync(archive);
    }

    private static PortalFactory Site(string folder) => new(new Dictionary<string, string?> { ["Portal:DataFolder"] = Path.Combine(folder, "data") });
}
