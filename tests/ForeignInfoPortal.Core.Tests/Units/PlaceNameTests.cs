using ForeignInfoPortal.Core.Units;

namespace ForeignInfoPortal.Core.Tests.Units;

/// <summary>A ward or commune unit names a place: its committee's prefix dropped, and in English the kind after the name.</summary>
public sealed class PlaceNameTests
{
    [Theory]
    [InlineData("UBND phường Xuất Hóa", "vi", "Phường Xuất Hóa")]
    [InlineData("UBND phường Xuất Hóa", "en", "Xuất Hóa Ward")]
    [InlineData("Xã Dương Quang", "en", "Dương Quang Commune")]
    [InlineData("UBND thị trấn Chợ Rã", "en", "Chợ Rã Town")]
    [InlineData("Phòng Văn hóa và Thông tin", "en", "Phòng Văn hóa và Thông tin")]
    [InlineData("Phường", "en", "Phường")]
    [InlineData("Xã Dương Quang", "vi", "Xã Dương Quang")]
    public void APlace_IsNamedAsThePagesCultureWritesIt(string unit, string culture, string expected) =>
        Assert.Equal(expected, OrganizationUnit.PlaceName(unit, culture));
}
