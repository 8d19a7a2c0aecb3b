using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The texts move to a table of their own so that the rows queries filter and sort on stay small; the FTS5
            // index follows them (rebuilt from the moved rows).
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_ai;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_au;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");
            migrationBuilder.CreateTable(
                name: "SearchTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_SearchTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchTexts_SearchDocuments_Id",
                        column: x => x.Id,
                        principalTable: "SearchDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql("INSERT INTO SearchTexts (Id, Body, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers) SELECT Id, Body, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers FROM SearchDocuments;");

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
                CREATE VIRTUAL TABLE SearchIndex USING fts5(
                    TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers,
                    content='SearchTexts', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 0', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchTexts_ai AFTER INSERT ON SearchTexts BEGIN
                    INSERT INTO SearchIndex(rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES (new.Id, new.TitleIndex, new.TitleFolded, new.SummaryIndex, new.SummaryFolded, new.BodyIndex, new.BodyFolded, new.Identifiers);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchTexts_ad AFTER DELETE ON SearchTexts BEGIN
                    INSERT INTO SearchIndex(SearchIndex, rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES ('delete', old.Id, old.TitleIndex, old.TitleFolded, old.SummaryIndex, old.SummaryFolded, old.BodyIndex, old.BodyFolded, old.Identifiers);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchTexts_au AFTER UPDATE ON SearchTexts BEGIN
                    INSERT INTO SearchIndex(SearchIndex, rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES ('delete', old.Id, old.TitleIndex, old.TitleFolded, old.SummaryIndex, old.SummaryFolded, old.BodyIndex, old.BodyFolded, old.Identifiers);
                    INSERT INTO SearchIndex(rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES (new.Id, new.TitleIndex, new.TitleFolded, new.SummaryIndex, new.SummaryFolded, new.BodyIndex, new.BodyFolded, new.Identifiers);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO SearchIndex(SearchIndex) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_ai;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_au;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");
            migrationBuilder.DropTable(
                name: "SearchTexts");

            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "SearchDocuments",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BodyFolded",
                table: "SearchDocuments",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BodyIndex",
                table: "SearchDocuments",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Identifiers",
                table: "SearchDocuments",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SummaryFolded",
                table: "SearchDocuments",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SummaryIndex",
                table: "SearchDocuments",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TitleFolded",
                table: "SearchDocuments",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TitleIndex",
                table: "SearchDocuments",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("DELETE FROM SearchDocuments;"); // the texts are gone: `search reindex` fills the index again
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
            migrationBuilder.Sql("INSERT INTO SearchIndex(SearchIndex) VALUES ('rebuild');");
        }
    }
}
