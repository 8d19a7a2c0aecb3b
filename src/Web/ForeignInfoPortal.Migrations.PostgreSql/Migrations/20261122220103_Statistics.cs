using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ForeignInfoPortal.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Compare = table.Column<bool>(type: "boolean", nullable: false),
                    GroupBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FiguresJson = table.Column<string>(type: "text", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationCounters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subtype = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationCounters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicationLedger",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ContentItemId = table.Column<int>(type: "integer", nullable: false),
                    ContentVersionId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Before_PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Before_ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Before_Subtype = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Before_UnitId = table.Column<int>(type: "integer", nullable: true),
                    Before_Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Before_Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    After_PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    After_ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    After_Subtype = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    After_UnitId = table.Column<int>(type: "integer", nullable: true),
                    After_Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    After_Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationLedger", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: true),
                    Days = table.Column<int>(type: "integer", nullable: true),
                    Visitors = table.Column<int>(type: "integer", nullable: true),
                    AmountDong = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_PublicationCounters_Day_ContentType_Subtype_UnitId_Culture_~",
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
