using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssuedReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Compare = table.Column<bool>(type: "INTEGER", nullable: false),
                    GroupBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationCounters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subtype = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationCounters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationLedger",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ContentItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Before_PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Before_ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Before_Subtype = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Before_UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Before_Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Before_Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    After_PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    After_ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    After_Subtype = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    After_UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    After_Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    After_Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationLedger", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    Days = table.Column<int>(type: "INTEGER", nullable: true),
                    Visitors = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsActivities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedReports_IssuedUtc",
                table: "IssuedReports",
                column: "IssuedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PublicationCounters_Day_ContentType_Subtype_UnitId_Culture_Category",
                table: "PublicationCounters",
                columns: new[] { "Day", "ContentType", "Subtype", "UnitId", "Culture", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicationLedger_ContentItemId",
                table: "PublicationLedger",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicationLedger_RecordedUtc",
                table: "PublicationLedger",
                column: "RecordedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsActivities_Date_Kind",
                table: "StatisticsActivities",
                columns: new[] { "Date", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssuedReports");

            migrationBuilder.DropTable(
                name: "PublicationCounters");

            migrationBuilder.DropTable(
                name: "PublicationLedger");

            migrationBuilder.DropTable(
                name: "StatisticsActivities");
        }
    }
}
