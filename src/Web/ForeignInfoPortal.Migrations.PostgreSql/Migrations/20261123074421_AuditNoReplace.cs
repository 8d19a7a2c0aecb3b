using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Nothing to add on PostgreSQL, kept so both migration sets tell the same history: the SQLite twin closes the REPLACE
    /// hole, which PostgreSQL does not have. Its upsert (<c>INSERT … ON CONFLICT DO UPDATE</c>) and <c>MERGE … WHEN
    /// MATCHED</c> fire the row triggers of <c>AuditAppendOnly</c> and are refused like any UPDATE or DELETE; an insert
    /// naming an existing Id fails on the primary key (tests in AppendOnlyTests).
    /// </summary>
    public partial class AuditNoReplace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
