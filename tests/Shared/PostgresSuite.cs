using System.Runtime.CompilerServices;
using ForeignInfoPortal.Core.Data;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// Compiled into each suite that runs again on PostgreSQL (the *.Tests.PostgreSql projects, which link the SQLite
/// suite's test files): puts every host of the suite on PostgreSQL before the first test builds one.
/// </summary>
internal static class PostgresSuite
{
#pragma warning disable CA2255 // a test assembly's one-time set-up is what module initializers are for
    [ModuleInitializer]
    internal static void RunOnPostgres() => TestDatabase.Provider = DatabaseProvider.PostgreSql;
#pragma warning restore CA2255
}

#if !POSTGRES_SUITE
/// <summary>Stands for the suite where it was not built: no PostgreSQL server is configured here.</summary>
public sealed class PostgresSuiteNotBuilt
{
    [Fact]
    public void The_suite_runs_on_PostgreSQL_where_a_server_is_configured() => Assert.Skip(PostgresTestDatabase.HowToInstall);
}
#endif
