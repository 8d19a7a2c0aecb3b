using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CounterAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Withdrawn",
                table: "PublicationCounters",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PublicationMonthCounters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subtype = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationMonthCounters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationMonthTypeCounters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subtype = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationMonthTypeCounters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationMonthCounters_Month_ContentType_Subtype_UnitId_Culture_Category",
                table: "PublicationMonthCounters",
                columns: new[] { "Month", "ContentType", "Subtype", "UnitId", "Culture", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicationMonthTypeCounters_Month_ContentType_Subtype_UnitId_Culture_Category",
                table: "PublicationMonthTypeCounters",
                columns: new[] { "Month", "ContentType", "Subtype", "UnitId", "Culture", "Category" },
                unique: true);

            // Existing daily counts roll up into the monthly tables, so reports stay right after the upgrade.
            // "Withdrawn" (a new figure) is filled by `counters rebuild`, which verify points to until it is run.
            // (Constants stay out of GROUP BY: both databases read an integer there as a column position.)
            foreach (var (table, unit, category, detail) in new[]
            {
                ("PublicationMonthCounters", "\"UnitId\"", "\"Category\"", ", \"UnitId\", \"Category\""),
                ("PublicationMonthTypeCounters", "0", "''", ""),
            })
            {
                migrationBuilder.Sql(
                    $"INSERT INTO \"{table}\" (\"Month\", \"ContentType\", \"Subtype\", \"UnitId\", \"Culture\", \"Category\", \"Count\", \"Withdrawn\") " +
                    $"SELECT substr(\"Day\", 1, 8) || '01', \"ContentType\", \"Subtype\", {unit}, \"Culture\", {category}, SUM(\"Count\"), 0 " +
                    $"FROM \"PublicationCounters\" GROUP BY substr(\"Day\", 1, 8) || '01', \"ContentType\", \"Subtype\", \"Culture\"{detail};");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicationMonthCounters");

            migrationBuilder.DropTable(
                name: "PublicationMonthTypeCounters");

            migrationBuilder.DropColumn(
                name: "Withdrawn",
                table: "PublicationCounters");
        }
    }
}
