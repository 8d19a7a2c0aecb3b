using System.Net;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Pages;

/// <summary>The demo files of the Pages and Investment modules apply on a fresh site and show what they say.</summary>
public sealed class DemoContentTests : IDisposable
{
    private readonly PortalFactory _site = new();

    [Fact]
    public async Task DemoPagesAndInvestment_ApplyAndShowTheTreeTheMenuAndTheProjects()
    {
        _ = _site.Server;
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var recipes = scope.ServiceProvider.GetRequiredService<IRecipeRunner>();
            await recipes.RunFileAsync(RecipePath("demo.pages.recipe.json"));
            await recipes.RunFileAsync(RecipePath("demo.investment.recipe.json"));
        }

        using var visitor = _site.NewClient();
        var home = await visitor.GetPageAsync("/");
        var nav = home.QuerySelectorAll(".site-nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Trang chủ", "Giới thiệu", "Tin tức"], nav.Take(3));
        Assert.Contains("Người phát ngôn", nav);

        var history = await visitor.GetPageAsync("/trang/lich-su");
        Assert.Equal(["Trang chủ", "Giới thiệu", "Lịch sử hình thành và phát triển"],
            history.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()));
        var spokesperson = await visitor.GetPageAsync("/trang/nguoi-phat-ngon");
        Assert.Equal(2, spokesperson.QuerySelectorAll(".spokespeople .contact-card").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/trang/lich-tiep-bao-chi-quy-iii")).StatusCode);

        var projects = await visitor.GetPageAsync("/dau-tu");
        Assert.Equal(3, projects.QuerySelectorAll(".project-card").Length);
        Assert.Contains("1.250 tỷ đồng", projects.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("320,5 tỷ đồng", projects.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, (await visitor.GetPageAsync("/dau-tu/chinh-sach")).QuerySelectorAll(".policy-list > li").Length);
    }

    public void Dispose() => _site.Dispose();

    private static string RecipePath(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "recipes", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(name);
    }
}
