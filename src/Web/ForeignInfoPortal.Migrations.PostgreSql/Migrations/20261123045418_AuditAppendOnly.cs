using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.PostgreSql.Migrations
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
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- Nested, not AND: a statement-level (TRUNCATE) call has no OLD row to read.
                    IF TG_OP = 'DELETE' THEN
                        IF OLD."OccurredUtc" < now() - interval '365 days' THEN
                            RETURN OLD;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'AuditEntries is append-only: % refused (only entries older than 365 days may be deleted)', TG_OP;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_append_only" BEFORE UPDATE OR DELETE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_no_truncate" BEFORE TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_no_truncate" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_append_only" ON "AuditEntries";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_entries_append_only();");
        }
    }
}
