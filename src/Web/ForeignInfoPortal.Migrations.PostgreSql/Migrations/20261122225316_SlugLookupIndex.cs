using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ForeignInfoPortal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SlugLookupIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_ContentType_Culture_Slug_Any",
                table: "ContentVersions",
                columns: new[] { "ContentType", "Culture", "Slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_ContentType_Culture_Slug_Any",
                table: "ContentVersions");
        }
    }
}
