using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A second FTS5 index over the head parts only (title, summary, identifiers), in which the first search tier
            // is ranked: a common word's entries there are a fraction of its entries in SearchIndex. The triggers keep
            // both indexes beside SearchTexts.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchHeads USING fts5(
                    TitleFolded, SummaryFolded, Identifiers,
                    content='SearchTexts', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 0', prefix='2 3');
                """);
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_ai;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_au;");
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchTexts_ai AFTER INSERT ON SearchTexts BEGIN
                    INSERT INTO SearchIndex(rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES (new.Id, new.TitleIndex, new.TitleFolded, new.SummaryIndex, new.SummaryFolded, new.BodyIndex, new.BodyFolded, new.Identifiers);
                    INSERT INTO SearchHeads(rowid, TitleFolded, SummaryFolded, Identifiers)
                    VALUES (new.Id, new.TitleFolded, new.SummaryFolded, new.Identifiers);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchTexts_ad AFTER DELETE ON SearchTexts BEGIN
                    INSERT INTO SearchIndex(SearchIndex, rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES ('delete', old.Id, old.TitleIndex, old.TitleFolded, old.SummaryIndex, old.SummaryFolded, old.BodyIndex, old.BodyFolded, old.Identifiers);
                    INSERT INTO SearchHeads(SearchHeads, rowid, TitleFolded, SummaryFolded, Identifiers)
                    VALUES ('delete', old.Id, old.TitleFolded, old.SummaryFolded, old.Identifiers);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchTexts_au AFTER UPDATE ON SearchTexts BEGIN
                    INSERT INTO SearchIndex(SearchIndex, rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES ('delete', old.Id, old.TitleIndex, old.TitleFolded, old.SummaryIndex, old.SummaryFolded, old.BodyIndex, old.BodyFolded, old.Identifiers);
                    INSERT INTO SearchIndex(rowid, TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers)
                    VALUES (new.Id, new.TitleIndex, new.TitleFolded, new.SummaryIndex, new.SummaryFolded, new.BodyIndex, new.BodyFolded, new.Identifiers);
                    INSERT INTO SearchHeads(SearchHeads, rowid, TitleFolded, SummaryFolded, Identifiers)
                    VALUES ('delete', old.Id, old.TitleFolded, old.SummaryFolded, old.Identifiers);
                    INSERT INTO SearchHeads(rowid, TitleFolded, SummaryFolded, Identifiers)
                    VALUES (new.Id, new.TitleFolded, new.SummaryFolded, new.Identifiers);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO SearchHeads(SearchHeads) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_ai;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchTexts_au;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchHeads;");
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
        }
    }
}
