using ForeignInfoPortal.Web.Hosting;

var (verb, configurationArgs) = HostVerbRunner.Split(args);
var app = PortalHost.Build(configurationArgs, forVerb: verb is not null);
if (verb is not null)
{
    // A verb works on the database without starting the server; the first-start work still comes first, except for
    // the verbs that replace the database (restore).
    if (!HostVerbRunner.TakesTheDatabaseAsItIs(app.Services, verb))
    {
        await PortalStartup.InitializeAsync(app.Services, CancellationToken.None);
    }

    return await HostVerbRunner.RunAsync(app.Services, verb, Console.Out);
}

await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so that integration tests can start it.</summary>
public partial class Program;
