using ForeignInfoPortal.Web.Hosting;

var (verb, configurationArgs) = HostVerbRunner.Split(args);
var app = PortalHost.Build(configurationArgs);
await PortalStartup.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);
if (verb is not null)
{
    return await HostVerbRunner.RunAsync(app.Services, verb, Console.Out);
}

await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so that integration tests can start it.</summary>
public partial class Program;
