using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The audit trail is append-only in the database itself (ADR 0015): updates are refused, and so are deletes of
    /// entries younger than 365 days, the shortest retention the portal accepts (<c>AuditOptions.MinimumRetentionDays</c>),
    /// measured by the database's own clock. The retention purge deletes only older entries, so it passes.
    /// Changing the floor means a new migration.
    /// </summary>
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditEntries_no_update BEFORE UPDATE ON AuditEntries
                BEGIN
                    SELECT RAISE(ABORT, 'AuditEntries is append-only: entries cannot be changed');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditEntries_no_delete BEFORE DELETE ON AuditEntries
                WHEN OLD.OccurredUtc >= datetime('now', '-365 days')
                BEGIN
                    SELECT RAISE(ABORT, 'AuditEntries is append-only: only entries older than 365 days may be deleted (retention purge)');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_no_delete;");
        }
    }
}
