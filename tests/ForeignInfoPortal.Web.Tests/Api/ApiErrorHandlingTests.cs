using System.Net;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>An error nobody foresaw, on the API: a 500 problem with a stable code and nothing of the exception, never the HTML error page.</summary>
public sealed class ApiErrorHandlingTests : IAsyncLifetime
{
    private readonly BrokenSite _site = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task UnhandledError_OnTheApi_IsA500Problem_WithoutDetailsOfTheException()
    {
        using var admin = new ApiCaller(await _site.SignInAsAdminAsync());

        var response = await admin.PostAsync("/api/content/news", ApiPayloads.For("news"));

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.InternalServerError, "internal_error");
        Assert.DoesNotContain(BrokenHandler.Secret, problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("at ForeignInfoPortal", problem.GetRawText(), StringComparison.Ordinal);

        // What the caller is not told, the operator is: the error and its exception are in the log.
        Assert.Contains(_site.Log.Errors, e => e.Exception?.Message == BrokenHandler.Secret);
    }

    [Fact]
    public async Task UnhandledError_OnAPage_StillShowsTheErrorPage()
    {
        using var admin = await _site.SignInAsAdminAsync();

        var response = await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, NewsForms.Fields("Tin gây lỗi"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed class BrokenSite : PortalFactory
    {
        public ErrorLog Log { get; } = new();

        protected override void ConfigurePortalServices(IServiceCollection services)
        {
            services.AddScoped<IContentHandler, BrokenHandler>();
            services.AddSingleton<ILoggerProvider>(Log);
        }
    }

    private sealed class BrokenHandler : IContentHandler
    {
        public const string Secret = "chi-tiet-noi-bo-khong-duoc-lo";

        public Task CreatedAsync(ContentEventContext context) => throw new InvalidOperationException(Secret);
    }
}
