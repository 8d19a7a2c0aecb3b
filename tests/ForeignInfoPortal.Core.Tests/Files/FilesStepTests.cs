using System.Text;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Tests.Files;

public sealed class FilesStepTests : IAsyncLifetime
{
    private const string ToneId = "6f1d5c1e-8a57-4a8e-9a31-2b1c0b7f0a01";
    private const string PdfId = "6f1d5c1e-8a57-4a8e-9a31-2b1c0b7f0a02";
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
    public async Task Files_GeneratesAToneAndAPdf_AndSkipsThemTheSecondTime()
    {
        var recipe = $$"""
            { "name": "tệp", "steps": [ { "step": "files", "files": [
                { "id": "{{ToneId}}", "name": "Bản tin thời sự tháng 6.wav", "generate": "tone", "seconds": 2, "hz": 440 },
                { "id": "{{PdfId}}", "name": "Kế hoạch 64-KH-UBND.pdf", "generate": "pdf", "title": "Kế hoạch số 64", "lines": ["Dòng một (1)", "Dòng hai"] } ] } ] }
            """;

        await RunAsync(recipe);
        var second = await RunAsync(recipe);

        Assert.Contains("bỏ qua 2", string.Join(" ", second.Steps), StringComparison.Ordinal);
        await using var scope = _host.Scope();
        var store = scope.Services.GetRequiredService<IFileStore>();
        var wav = await ReadAsync(store, Guid.Parse(ToneId));
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav, 8, 4));
        Assert.Equal(wav.Length - 8, BitConverter.ToInt32(wav, 4));
        Assert.Equal(2 * 8000 * 2, BitConverter.ToInt32(wav, 40));
        var pdf = Encoding.ASCII.GetString(await ReadAsync(store, Guid.Parse(PdfId)));
        Assert.StartsWith("%PDF-", pdf, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF", pdf, StringComparison.Ordinal);
        Assert.Contains("(Ke hoach so 64) Tj", pdf, StringComparison.Ordinal);
        Assert.Contains("(Dong mot \\(1\\)) Tj", pdf, StringComparison.Ordinal);
        var record = await scope.Db.Files.SingleAsync(f => f.Id == Guid.Parse(PdfId));
        Assert.Equal("Kế hoạch 64-KH-UBND.pdf", record.OriginalName);
    }

    [Fact]
    public async Task Files_PathIsReadRelativeToTheRecipe()
    {
        var folder = Path.Combine(_root, "recipe");
        Directory.CreateDirectory(Path.Combine(folder, "files"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "files", "x.pdf"), TestFiles.Pdf());
        var id = Guid.NewGuid();
        await using var scope = _host.Scope();
        await scope.Services.GetRequiredService<IRecipeRunner>().RunAsync(
            $$"""{ "name": "t", "steps": [ { "step": "files", "files": [ { "id": "{{id}}", "name": "x.pdf", "path": "files/x.pdf" } ] } ] }""", folder);
        Assert.True(await scope.Db.Files.AnyAsync(f => f.Id == id));
    }

    [Theory]
    [InlineData("""{ "id": "X", "name": "a.wav", "generate": "tone" }""", "files[1].id")]
    [InlineData("""{ "id": "6f1d5c1e-8a57-4a8e-9a31-2b1c0b7f0a09", "name": "a.wav", "generate": "song" }""", "files[1].generate")]
    [InlineData("""{ "id": "6f1d5c1e-8a57-4a8e-9a31-2b1c0b7f0a09", "name": "a.exe", "generate": "tone" }""", "files[1].name")]
    [InlineData("""{ "id": "6f1d5c1e-8a57-4a8e-9a31-2b1c0b7f0a09", "name": "a.pdf", "generate": "tone" }""", "files[1]")]
    [InlineData("""{ "id": "6f1d5c1e-8a57-4a8e-9a31-2b1c0b7f0a09", "name": "a.wav", "generate": "tone", "colour": 1 }""", "files[1].colour")]
    public async Task Files_Errors_NameTheField(string entry, string field)
    {
        var recipe = $$"""{ "name": "t", "steps": [ { "step": "files", "files": [ { "id": "{{Guid.NewGuid()}}", "name": "ok.wav", "generate": "tone" }, {{entry}} ] } ] }""";
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(recipe));
        Assert.Equal(field, error.Field);
        Assert.Empty(Directory.Exists(_root) ? Directory.GetFiles(_root, "*", SearchOption.AllDirectories) : []);
    }

    private async Task<RecipeResult> RunAsync(string json)
    {
        await using var scope = _host.Scope();
        return await scope.Services.GetRequiredService<IRecipeRunner>().RunAsync(json, _root);
    }

    private static async Task<byte[]> ReadAsync(IFileStore store, Guid id)
    {
        var opened = await store.OpenAsync(id);
        Assert.NotNull(opened);
        await using var content = opened.Value.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
