using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ForeignInfoPortal.Core.Tests.Data;

/// <summary>The context's PostgreSQL connections prepare the statements they repeat, unless the operator says otherwise.</summary>
public sealed class PostgreSqlStatementPreparationTests
{
    private const string Server = "Host=db.example;Username=portal;Password=secret;Database=portal";

    [Fact]
    public void The_context_prepares_repeated_statements_by_default()
    {
        using var db = Context(Server);
        var used = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.Equal(100, used.MaxAutoPrepare);
        Assert.Equal("db.example", used.Host);
        Assert.Equal("secret", used.Password);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("maxautoprepare=7", 7)]
    [InlineData("MAX AUTO PREPARE = 12", 12)]
    public void The_connection_string_s_own_setting_is_kept(string setting, int expected)
    {
        using var db = Context($"{Server};{setting}");
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxAutoPrepare);
    }

    [Fact]
    public void The_configured_string_is_left_as_the_operator_wrote_it()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server };
        using var db = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(options), DataServiceCollectionExtensions.DesignTimeCatalog());
        Assert.Equal(Server, options.ConnectionString);
    }

    private static PortalDbContext Context(string connectionString) => new(
        DataServiceCollectionExtensions.BuildOptions(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString }),
        DataServiceCollectionExtensions.DesignTimeCatalog());
}
