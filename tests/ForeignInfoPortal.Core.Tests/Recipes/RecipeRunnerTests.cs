using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Tests.Recipes;

public sealed class RecipeRunnerTests : IAsyncLifetime
{
    private const string Settings = """{ "step": "settings", "site": { "portalName": "Cổng thử", "bodyName": "ỦY BAN NHÂN DÂN XÃ THỬ" } }""";
    private const string Units = """{ "step": "units", "units": [ { "code": "xa-thu", "name": "UBND xã Thử", "kind": "Commune" } ] }""";
    private CoreTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await CoreTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunAsync_ValidRecipe_AppliesEveryStepAndSaysWhatItDid()
    {
        var result = await RunAsync($$"""
            { "name": "thử", "description": "…", "steps": [ {{Settings}}, {{Units}},
              { "step": "roles", "roles": [ { "name": "Contributor", "defaults": true } ] },
              { "step": "categories", "contentType": "Article", "categories": [ { "name": "Văn hóa - Du lịch" } ] },
              { "step": "content", "items": [
                { "type": "Article", "title": "Đền Cô", "status": "Published", "unit": "xa-thu",
                  "publishedAt": "2024-06-30T23:30:00+07:00", "fields": { "body": "<p>Đền</p>", "topic": "van-hoa-du-lich" } },
                { "type": "Article", "title": "Bản nháp", "fields": { "body": "<p>Nháp</p>" } } ] } ] }
            """);

        Assert.Equal("thử", result.Name);
        Assert.Equal(5, result.Steps.Count);
        Assert.Equal("5. content: 2 nội dung", result.Steps[4]);
        await using var scope = _host.Scope();
        var site = await scope.Services.GetRequiredService<ISettingsStore>().GetAsync<SiteSettings>(SiteSettings.Key);
        Assert.Equal("ỦY BAN NHÂN DÂN XÃ THỬ", site.BodyName);
        Assert.Equal("van-hoa-du-lich", (await scope.Db.Categories.SingleAsync()).Slug);
        var published = await scope.Content.GetPublishedAsync("Article", "vi", "den-co");
        Assert.Equal(new DateTime(2024, 6, 30, 16, 30, 0, DateTimeKind.Utc), published!.PublishedUtc);
        Assert.Equal("van-hoa-du-lich", published.Category);
        Assert.NotNull(published.UnitId);
        Assert.Null(await scope.Content.GetPublishedAsync("Article", "vi", "ban-nhap"));
    }

    [Fact]
    public async Task RunAsync_SameRecipeTwice_SkipsExistingContent()
    {
        const string recipe = """{ "name": "x", "steps": [ { "step": "content", "items": [ { "type": "Article", "title": "Một", "fields": { "body": "<p>a</p>" } } ] } ] }""";
        await RunAsync(recipe);
        var again = await RunAsync(recipe);
        Assert.Equal("1. content: 0 nội dung, bỏ qua 1 đã có", again.Steps[0]);
        await using var scope = _host.Scope();
        Assert.Equal(1, await scope.Db.ContentItems.CountAsync());
    }

    [Theory]
    [InlineData("""{ "step": "units", "units": [ { "code": "a", "name": "A", "kind": "Province" } ] }""", 3, "units", "units[0].kind")]
    [InlineData("""{ "step": "units", "units": [ { "code": "a" } ] }""", 3, "units", "units[0].name")]
    [InlineData("""{ "step": "content", "items": [ { "type": "Article", "title": "A", "fields": { "body": "<p>a</p>", "colour": "đỏ" } } ] }""", 3, "content", "items[0].fields.colour")]
    [InlineData("""{ "step": "content", "items": [ { "type": "Article", "title": "A", "fields": { "body": 5 } } ] }""", 3, "content", "items[0].fields.body")]
    [InlineData("""{ "step": "content", "items": [ { "type": "Article", "title": "A", "fields": { } } ] }""", 3, "content", "items[0].fields.body")]
    [InlineData("""{ "step": "content", "items": [ { "type": "Article", "title": "A", "publishedAt": "30/06/2024" } ] }""", 3, "content", "items[0].publishedAt")]
    [InlineData("""{ "step": "content", "items": [ { "type": "Poem", "title": "A" } ] }""", 3, "content", "items[0].type")]
    [InlineData("""{ "step": "content", "items": [ { "type": "Article", "title": "A", "unit": "khong-co" } ] }""", 3, "content", "items[0].unit")]
    [InlineData("""{ "step": "roles", "roles": [ { "name": "Editor", "permissions": [ "Article.Fly" ] } ] }""", 3, "roles", "roles[0].permissions")]
    [InlineData("""{ "step": "teleport" }""", 3, "teleport", "step")]
    [InlineData("""{ "step": "settings", "site": { "portalName": "", "bodyName": "X" } }""", 3, "settings", "site.portalName")]
    public async Task RunAsync_BadStep_IsRefusedWithStepAndFieldAndChangesNothing(string badStep, int step, string stepName, string field)
    {
        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync($$"""{ "name": "hỏng", "steps": [ {{Settings}}, {{Units}}, {{badStep}} ] }"""));

        Assert.Equal(step, ex.Step);
        Assert.Equal(stepName, ex.StepName);
        Assert.Equal(field, ex.Field);
        Assert.StartsWith($"Bước {step} ({stepName}), trường {field}: ", ex.Message);
        await using var scope = _host.Scope();
        Assert.False(await scope.Db.Settings.AnyAsync(s => s.Key == SiteSettings.Key));
        Assert.False(await scope.Db.Units.AnyAsync(u => u.Code == "xa-thu"));
        Assert.Equal(0, await scope.Db.ContentItems.CountAsync());
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", ")]
    [InlineData("""{ "steps": [] }""")]
    [InlineData("""{ "name": "x", "steps": {} }""")]
    public async Task RunAsync_MalformedRecipe_IsRefused(string json) =>
        await Assert.ThrowsAsync<RecipeException>(() => RunAsync(json));

    [Fact]
    public async Task RunAsync_RecipeStep_IncludesAnotherFileInTheSameTransaction()
    {
        var folder = Directory.CreateTempSubdirectory("fip-recipe-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "part.recipe.json"), $$"""{ "name": "phần", "steps": [ {{Units}} ] }""");
            await File.WriteAllTextAsync(Path.Combine(folder, "broken.recipe.json"), $$"""{ "name": "hỏng", "steps": [ {{Units}}, { "step": "units", "units": [ { "code": "b" } ] } ] }""");
            await File.WriteAllTextAsync(Path.Combine(folder, "main.recipe.json"), $$"""{ "name": "chính", "steps": [ {{Settings}}, { "step": "recipe", "file": "part.recipe.json" } ] }""");
            await File.WriteAllTextAsync(Path.Combine(folder, "bad.recipe.json"), $$"""{ "name": "chính", "steps": [ {{Settings}}, { "step": "recipe", "file": "broken.recipe.json" } ] }""");

            await using (var scope = _host.Scope())
            {
                var runner = scope.Services.GetRequiredService<IRecipeRunner>();
                var ex = await Assert.ThrowsAsync<RecipeException>(() => runner.RunFileAsync(Path.Combine(folder, "bad.recipe.json")));
                Assert.Equal(2, ex.Step);
                Assert.Contains("broken.recipe.json: Bước 2 (units), trường units[0].name", ex.Message);
            }

            await using (var scope = _host.Scope())
            {
                Assert.False(await scope.Db.Units.AnyAsync(u => u.Code == "xa-thu"));
                var result = await scope.Services.GetRequiredService<IRecipeRunner>().RunFileAsync(Path.Combine(folder, "main.recipe.json"));
                Assert.Equal(["1. settings: cấu hình cổng \"Cổng thử\" của ỦY BAN NHÂN DÂN XÃ THỬ", "2. recipe: phần (part.recipe.json)", "2.1. units: 1 đơn vị"], result.Steps);
                Assert.True(await scope.Db.Units.AnyAsync(u => u.Code == "xa-thu"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_StepForAModuleThatIsOff_IsSkipped()
    {
        var result = await RunAsync("""{ "name": "x", "steps": [ { "step": "categories", "requires": "Tourism", "contentType": "Tourism", "categories": [] } ] }""");
        Assert.Equal("1. categories: bỏ qua (mô-đun Tourism đang tắt)", result.Steps[0]);
    }

    [Fact]
    public async Task ContentStep_UnpublishedStatus_LeavesAVersionThatIsNotPublic()
    {
        await RunAsync("""{ "name": "x", "steps": [ { "step": "content", "items": [ { "type": "Article", "title": "Đã gỡ", "status": "Unpublished", "fields": { "body": "<p>a</p>" } } ] } ] }""");
        await using var scope = _host.Scope();
        var item = await scope.Db.ContentItems.SingleAsync();
        Assert.Equal(ContentStatus.Unpublished, item.Status);
        Assert.Null(await scope.Content.GetPublishedAsync("Article", "vi", "da-go"));
    }

    private async Task<RecipeResult> RunAsync(string json)
    {
        await using var scope = _host.Scope();
        return await scope.Services.GetRequiredService<IRecipeRunner>().RunAsync(json);
    }
}
