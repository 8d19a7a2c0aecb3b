using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Workflow.Apis;
using ForeignInfoPortal.Workflow.Services;
using ForeignInfoPortal.Workflow.ViewComponents;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Workflow;

/// <summary>
/// The Workflow module's entry: which types are reviewed (its <see cref="IReviewPolicy"/>), the review transitions
/// and the editor's review panel, the queue, in-app and e-mail notifications (see the module README).
/// </summary>
public sealed class WorkflowModule : IModule
{
    public string Name => "Workflow";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReviewPolicy, SettingsReviewPolicy>();
        services.AddScoped<ReviewWorkflow>();
        services.AddScoped<ReviewQueries>();
        services.AddScoped<ReviewNotifications>();
        services.AddScoped<IContentHandler, ReviewContentHandler>();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section))
            .Validate(o => o.MaxAttempts >= 1 && o.RetrySeconds >= 1 && o.PollSeconds >= 1 && o.TimeoutSeconds >= 1,
                $"{SmtpOptions.Section}: MaxAttempts, RetrySeconds, PollSeconds and TimeoutSeconds must each be at least 1.")
            .ValidateOnStart();
        services.AddScoped<ReviewMailer>();
        services.AddScoped<ReviewMailReport>();
        services.AddSingleton(provider => new ReviewMailQueue(provider.GetRequiredService<IOptions<SmtpOptions>>().Value.Enabled));
        services.AddHostedService<ReviewMailService>();
        services.AddHttpContextAccessor();
        services.AddSingleton(WorkflowPermissions.Provider);
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton(new ContentEditorPanel("Review", ReviewPanelViewComponent.Name, 10));
        services.AddSingleton(new DashboardSection("Review", ReviewDashboardViewComponent.Name, 10));
        services.AddSingleton(new AdminHeaderItem("Workflow", WorkflowHeaderViewComponent.Name, 10));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapReviewApi();

    public void ConfigureModel(ModelBuilder modelBuilder) => Models.WorkflowModel.Configure(modelBuilder);
}
