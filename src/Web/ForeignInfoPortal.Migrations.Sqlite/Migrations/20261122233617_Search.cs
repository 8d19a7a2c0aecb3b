using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Subtype = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsPinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    TitleIndex = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFolded = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SummaryIndex = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SummaryFolded = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BodyIndex = table.Column<string>(type: "TEXT", nullable: false),
                    BodyFolded = table.Column<string>(type: "TEXT", nullable: false),
                    Identifiers = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Documents = table.Column<int>(type: "INTEGER", nullable: false)
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

            // The FTS5 index mirrors SearchDocuments (external content): the triggers keep it in step inside
            // the same transaction as every write to the table. Words arrive already analysed (space-separated,
            // lower case, folded or as written), so the tokenizer keeps diacritics and only splits on spaces.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchIndex USING fts5(
                    TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers,
                    content='SearchDocuments', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 0', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_ai AFTER INSERT ON SearchDocuments BEGIN
                    INSERT INTO SearchIndex(rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES (new.Id, new.TitleIndex, new.TitleFolded, new.SummaryIndex, new.SummaryFolded, new.BodyIndex, new.BodyFolded, new.Identifiers);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_ad AFTER DELETE ON SearchDocuments BEGIN
                    INSERT INTO SearchIndex(SearchIndex, rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES ('delete', old.Id, old.TitleIndex, old.TitleFolded, old.SummaryIndex, old.SummaryFolded, old.BodyIndex, old.BodyFolded, old.Identifiers);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_au AFTER UPDATE ON SearchDocuments BEGIN
                    INSERT INTO SearchIndex(SearchIndex, rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES ('delete', old.Id, old.TitleIndex, old.TitleFolded, old.SummaryIndex, old.SummaryFolded, old.BodyIndex, old.BodyFolded, old.Identifiers);
                    INSERT INTO SearchIndex(rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES (new.Id, new.TitleIndex, new.TitleFolded, new.SummaryIndex, new.SummaryFolded, new.BodyIndex, new.BodyFolded, new.Identifiers);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_ai;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_au;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");

            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "SearchTerms");
        }
    }
}
