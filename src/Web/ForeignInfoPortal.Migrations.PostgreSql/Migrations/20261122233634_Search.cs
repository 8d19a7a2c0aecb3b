using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ForeignInfoPortal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Subtype = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsPinned = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Body = table.Column<string>(type: "text", nullable: false),
                    TitleIndex = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFolded = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SummaryIndex = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SummaryFolded = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BodyIndex = table.Column<string>(type: "text", nullable: false),
                    BodyFolded = table.Column<string>(type: "text", nullable: false),
                    Identifiers = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Documents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTerms", x => x.Term);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_ContentItemId",
                table: "SearchDocuments",
                column: "ContentItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_ContentType_Culture_Year",
                table: "SearchDocuments",
                columns: new[] { "ContentType", "Culture", "Year" });

            // The full-text vectors are generated columns the database keeps itself; EF does not map them. Words
            // arrive already analysed (space-separated, lower case), so the 'simple' configuration only splits them.
            migrationBuilder.Sql("""
                ALTER TABLE "SearchDocuments"
                    ADD COLUMN "FoldedVector" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple', "TitleFolded"), 'A') || setweight(to_tsvector('simple', "Identifiers"), 'C')
                        || setweight(to_tsvector('simple', "SummaryFolded"), 'B') || setweight(to_tsvector('simple', "BodyFolded"), 'D')) STORED,
                    ADD COLUMN "ExactVector" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple', "TitleIndex"), 'A') || setweight(to_tsvector('simple', "SummaryIndex"), 'B')
                        || setweight(to_tsvector('simple', "BodyIndex"), 'D')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_FoldedVector" ON "SearchDocuments" USING GIN ("FoldedVector");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_ExactVector" ON "SearchDocuments" USING GIN ("ExactVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "SearchTerms");
        }
    }
}
