using ForeignInfoPortal.Broadcasts.Models;

namespace ForeignInfoPortal.Broadcasts.Tests.Models;

public sealed class BroadcastChannelListTests
{
    [Fact]
    public void Parse_CodeBarNameLines_GivesTheChannelsInOrder()
    {
        var (channels, errors) = BroadcastChannelList.Parse("ptth-tinh | Đài Phát thanh - Truyền hình tỉnh\r\n\r\n truyen-thanh-tp|Đài truyền thanh thành phố ");

        Assert.Empty(errors);
        Assert.Equal([new("ptth-tinh", "Đài Phát thanh - Truyền hình tỉnh"), new("truyen-thanh-tp", "Đài truyền thanh thành phố")], channels);
    }

    [Fact]
    public void Parse_BadLines_ReportEachLineInVietnamese()
    {
        var (_, errors) = BroadcastChannelList.Parse("ptth-tinh | Đài tỉnh\nĐài không mã\nđài tỉnh | Tên\nPTTH-TINH | Trùng mã\nx |");

        Assert.Contains(errors, e => e.StartsWith("Dòng 2: thiếu dấu \"|\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Dòng 3: mã \"đài tỉnh\" không hợp lệ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e == "Dòng 5: thiếu tên kênh.");
        Assert.Contains(errors, e => e == "Mã kênh \"ptth-tinh\" bị trùng.");
    }

    [Fact]
    public void Format_ThenParse_RoundTrips()
    {
        var settings = new BroadcastsSettings { Channels = [new("a", "Kênh A"), new("b_2", "Kênh B")] };

        Assert.Equal(settings.Channels, BroadcastChannelList.Parse(BroadcastChannelList.Format(settings.Channels)).Channels);
        Assert.Equal("Kênh A", settings.NameOf("A"));
        Assert.Equal("cu", settings.NameOf("cu"));
    }
}
