using System.Net;
using ForeignInfoPortal.Testing;
using Npgsql;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>
/// PostgreSQL refusing the node's connections (its connection slots used up, as when other nodes or a backup take them,
/// and the node's own connections ended): a save is refused with 503, Retry-After and the Vietnamese page, nothing of it
/// is stored, and the same save works once the server takes connections again. The SQLite counterpart is
/// <see cref="FaultsDatabaseTests"/>.
/// </summary>
public sealed class FaultsPostgresTests
{
    private const string Title = "Tin lưu khi máy chủ cơ sở dữ liệu từ chối kết nối";

    [Fact]
    public async Task SaveWhilePostgreSqlRefusesConnections_Is503WithAFriendlyPage_StoresNothing_AndWorksAfter()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        if (database is null)
        {
            Assert.Skip(PostgresTestDatabase.HowToInstall);
            return;
        }

        await using (database)
        {
            using var site = new PortalFactory(database.HostSettings());
            using var admin = await site.SignInAsAdminAsync();
            var before = await NewsForms.CountAsync(site);

            // The form is read while the server still answers; only its save meets the refusal.
            var form = await admin.GetPageAsync(NewsForms.CreatePage);
            var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            HttpResponseMessage refused;
            await RefuseConnectionsAsync(database, refuse: true);
            try
            {
                refused = await admin.Http.PostAsync(new Uri(NewsForms.CreatePage, UriKind.Relative),
                    new FormUrlEncodedContent(NewsForms.Fields(Title, submit: "publish").Append(new("__RequestVerificationToken", token))));
            }
            finally
            {
                await RefuseConnectionsAsync(database, refuse: false);
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
            var page = await PortalClient.ParseAsync(refused);
            Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("Hệ thống tạm thời gián đoạn", page.QuerySelector("h1")?.TextContent);
            Assert.Contains("không có thay đổi nào được lưu", page.Body!.TextContent, StringComparison.Ordinal);
            Assert.Equal(before, await NewsForms.CountAsync(site));

            // Nothing is stuck: the same save goes through once the server takes connections again.
            var id = await NewsForms.CreateAsync(admin, Title, submit: "publish");
            Assert.Equal(before + 1, await NewsForms.CountAsync(site));
            Assert.Equal(Core.Content.ContentStatus.Published, (await NewsForms.LoadAsync(site, id)).Status);
        }
    }

    // No new connection to the database (53300, too many connections), and the open ones ended. The node's connection
    // pools are in this process: ClearAllPools drops the idle connections of those made from connection strings (the
    // requests' and the public reads'); a data source's (the page-cache bus) finds its dead ones when it next uses them.
    // A superuser is not held to a database's connection limit, so the suite's role must not be one. Only the role's own
    // client backends are ended: an autovacuum worker busy on the new database's tables belongs to the bootstrap
    // superuser, and ending it would need a superuser too (CI's fresh cluster met one; 42501).
    private static async Task RefuseConnectionsAsync(PostgresTestDatabase database, bool refuse)
    {
        if (refuse && await database.IsSuperuserAsync())
        {
            Assert.Fail("The PostgreSQL role of " + PostgresTestDatabase.Variable + " is a superuser, which no connection limit holds: "
                + "give the tests a role that may create databases and is not a superuser.");
        }

        await database.ExecuteOnServerAsync($"ALTER DATABASE \"{database.Name}\" CONNECTION LIMIT {(refuse ? 0 : -1)}");
        if (refuse)
        {
            await database.ExecuteOnServerAsync(
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database.Name}' "
                + "AND backend_type = 'client backend' AND usename = current_user AND pid <> pg_backend_pid()");
            NpgsqlConnection.ClearAllPools();
        }
    }
}
