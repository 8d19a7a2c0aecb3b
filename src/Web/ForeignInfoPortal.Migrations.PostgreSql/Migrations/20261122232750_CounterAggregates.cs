using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ForeignInfoPortal.Migrations.PostgreSql.Migrations
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PublicationMonthCounters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subtype = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationMonthCounters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationMonthTypeCounters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subtype = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationMonthTypeCounters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationMonthCounters_Month_ContentType_Subtype_UnitId_C~",
                table: "PublicationMonthCounters",
                columns: new[] { "Month", "ContentType", "Subtype", "UnitId", "Culture", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicationMonthTypeCounters_Month_ContentType_Subtype_Unit~",
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
                    $"SELECT CAST(date_trunc('month', \"Day\") AS date), \"ContentType\", \"Subtype\", {unit}, \"Culture\", {category}, SUM(\"Count\"), 0 " +
                    $"FROM \"PublicationCounters\" GROUP BY CAST(date_trunc('month', \"Day\") AS date), \"ContentType\", \"Subtype\", \"Culture\"{detail};");
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
