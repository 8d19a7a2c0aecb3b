using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Closes the REPLACE hole of <c>AuditAppendOnly</c> (ADR 0015): <c>INSERT OR REPLACE</c> (or <c>REPLACE INTO</c>) with
    /// an existing Id deletes the old row without firing the delete trigger (SQLite fires delete triggers of a REPLACE
    /// only with <c>recursive_triggers</c> on), so it could rewrite any entry. An insert that names an Id already in the
    /// table is now refused before anything happens; the portal's own inserts never name one.
    /// </summary>
    public partial class AuditNoReplace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditEntries_no_replace BEFORE INSERT ON AuditEntries
                WHEN EXISTS (SELECT 1 FROM AuditEntries WHERE Id = NEW.Id)
                BEGIN
                    SELECT RAISE(ABORT, 'AuditEntries is append-only: an entry with this Id already exists and cannot be replaced');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_no_replace;");
        }
    }
}
