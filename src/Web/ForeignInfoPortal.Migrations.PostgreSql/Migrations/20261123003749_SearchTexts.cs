using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The texts move to a table of their own so that the rows queries filter and sort on stay small; the
            // full-text vectors follow them.
            migrationBuilder.Sql("""ALTER TABLE "SearchDocuments" DROP COLUMN IF EXISTS "FoldedVector", DROP COLUMN IF EXISTS "ExactVector";""");
            migrationBuilder.CreateTable(
                name: "SearchTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("PK_SearchTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchTexts_SearchDocuments_Id",
                        column: x => x.Id,
                        principalTable: "SearchDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql("""INSERT INTO "SearchTexts" ("Id", "Body", "TitleIndex", "TitleFolded", "SummaryIndex", "SummaryFolded", "BodyIndex", "BodyFolded", "Identifiers") SELECT "Id", "Body", "TitleIndex", "TitleFolded", "SummaryIndex", "SummaryFolded", "BodyIndex", "BodyFolded", "Identifiers" FROM "SearchDocuments";""");

            migrationBuilder.DropColumn(
                name: "Body",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "BodyFolded",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "BodyIndex",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "Identifiers",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "SummaryFolded",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "SummaryIndex",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "TitleFolded",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "TitleIndex",
                table: "SearchDocuments");


            migrationBuilder.Sql("""
                ALTER TABLE "SearchTexts"
                    ADD COLUMN "FoldedVector" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple', "TitleFolded"), 'A') || setweight(to_tsvector('simple', "Identifiers"), 'C')
                        || setweight(to_tsvector('simple', "SummaryFolded"), 'B') || setweight(to_tsvector('simple', "BodyFolded"), 'D')) STORED,
                    ADD COLUMN "ExactVector" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple', "TitleIndex"), 'A') || setweight(to_tsvector('simple', "SummaryIndex"), 'B')
                        || setweight(to_tsvector('simple', "BodyIndex"), 'D')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchTexts_FoldedVector" ON "SearchTexts" USING GIN ("FoldedVector");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchTexts_ExactVector" ON "SearchTexts" USING GIN ("ExactVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "SearchTexts" DROP COLUMN IF EXISTS "FoldedVector", DROP COLUMN IF EXISTS "ExactVector";""");
            migrationBuilder.DropTable(
                name: "SearchTexts");

            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "SearchDocuments",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BodyFolded",
                table: "SearchDocuments",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BodyIndex",
                table: "SearchDocuments",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Identifiers",
                table: "SearchDocuments",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SummaryFolded",
                table: "SearchDocuments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SummaryIndex",
                table: "SearchDocuments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TitleFolded",
                table: "SearchDocuments",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TitleIndex",
                table: "SearchDocuments",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""DELETE FROM "SearchDocuments";"""); // the texts are gone: `search reindex` fills the index again
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
    }
}
