using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;

namespace ForeignInfoPortal.Broadcasts.Tests.Models;

public sealed class BroadcastFieldsTests
{
    private static readonly DateTime AirDate = new(2024, 6, 14, 11, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Validate_RadioProgrammeWithAudio_IsValid() =>
        Assert.Empty(Validate(new BroadcastFields { Kind = BroadcastKinds.RadioProgramme, AirDate = AirDate, Media = Audio() }));

    [Fact]
    public void Validate_NothingFilledIn_ReportsKindAndAirDateInVietnamese()
    {
        var errors = Validate(new BroadcastFields());

        Assert.Contains(errors, e => e.Member == "Kind" && e.Message == "Vui lòng chọn loại chương trình.");
        Assert.Contains(errors, e => e.Member == "AirDate" && e.Message == "Vui lòng nhập ngày giờ phát sóng.");
    }

    [Fact]
    public void Validate_UnknownKind_IsRefused()
    {
        var errors = Validate(new BroadcastFields { Kind = "Podcast", AirDate = AirDate, Media = Audio() });

        Assert.Equal([("Kind", BroadcastMessages.Kind)], errors);
    }

    [Theory]
    [InlineData(BroadcastKinds.RadioProgramme)]
    [InlineData(BroadcastKinds.RadioNewsPage)]
    public void Validate_RadioWithoutMedia_AsksForTheAudioFile(string kind)
    {
        var errors = Validate(new BroadcastFields { Kind = kind, AirDate = AirDate, VideoUrl = "https://example.com/video" });

        Assert.Equal([("Media", BroadcastMessages.RadioMedia)], errors);
    }

    [Fact]
    public void Validate_RadioWithAVideoFile_AsksForAudio()
    {
        var errors = Validate(new BroadcastFields { Kind = BroadcastKinds.RadioProgramme, AirDate = AirDate, Media = Audio("video/mp4") });

        Assert.Equal([("Media", BroadcastMessages.RadioNeedsAudio)], errors);
    }

    [Fact]
    public void Validate_TvSpecialWithNeitherFileNorUrl_AsksForOne()
    {
        var errors = Validate(new BroadcastFields { Kind = BroadcastKinds.TvSpecial, AirDate = AirDate });

        Assert.Equal([("Media", BroadcastMessages.TvMedia)], errors);
    }

    [Fact]
    public void Validate_TvSpecialWithHttpsUrlOnly_IsValid() =>
        Assert.Empty(Validate(new BroadcastFields { Kind = BroadcastKinds.TvSpecial, AirDate = AirDate, VideoUrl = "https://video.example.vn/chuyen-de/12" }));

    [Theory]
    [InlineData("http://video.example.vn/chuyen-de/12")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//video.example.vn/x")]
    [InlineData("video.example.vn/x")]
    [InlineData("ftp://video.example.vn/x")]
    public void Validate_VideoUrlThatIsNotHttps_IsRefused(string url)
    {
        var errors = Validate(new BroadcastFields { Kind = BroadcastKinds.TvSpecial, AirDate = AirDate, Media = Audio("video/mp4"), VideoUrl = url });

        Assert.Equal([("VideoUrl", BroadcastMessages.VideoUrl)], errors);
    }

    [Fact]
    public void Validate_SeveralProblems_AreReportedTogether()
    {
        var errors = Validate(new BroadcastFields { Kind = BroadcastKinds.RadioProgramme, VideoUrl = "http://x.vn", Series = new string('a', 201) });

        Assert.Equal(["AirDate", "Media", "Series", "VideoUrl"], errors.Select(e => e.Member).Order().ToArray());
    }

    [Fact]
    public void Validate_TooManyTags_IsRefused()
    {
        var fields = new BroadcastFields { Kind = BroadcastKinds.RadioProgramme, AirDate = AirDate, Media = Audio(), Tags = Enumerable.Range(1, 11).Select(i => $"từ {i}").ToList() };

        Assert.Equal(["Tags"], Validate(fields).Select(e => e.Member).ToArray());
    }

    [Fact]
    public void Json_AsRecipesWriteIt_ReadsOffsetDatesAsUtcAndDurationsAsText()
    {
        const string json = """
            { "kind": "RadioProgramme", "airDate": "2024-06-30T23:30:00+07:00", "duration": "12:30", "media": { "fileId": "b0ad0000-0000-4000-8000-000000000001" } }
            """;

        var fields = JsonSerializer.Deserialize<BroadcastFields>(json, ContentJson.Options)!;

        Assert.Equal(new DateTime(2024, 6, 30, 16, 30, 0, DateTimeKind.Utc), fields.AirDate);
        Assert.Equal(DateTimeKind.Utc, fields.AirDate!.Value.Kind);
        Assert.Equal(750, fields.Duration);
        Assert.Equal(Guid.Parse("b0ad0000-0000-4000-8000-000000000001"), fields.Media!.FileId);
    }

    [Fact]
    public void Json_WrittenBack_KeepsTheVietnamOffsetAndSeconds()
    {
        var fields = new BroadcastFields { Kind = BroadcastKinds.TvSpecial, AirDate = new DateTime(2024, 6, 30, 16, 30, 0, DateTimeKind.Utc), Duration = 750 };

        var json = JsonSerializer.Serialize(fields, ContentJson.Options);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("2024-06-30T23:30:00+07:00", document.RootElement.GetProperty("airDate").GetString());
        Assert.Equal(750, document.RootElement.GetProperty("duration").GetInt32());
        Assert.Equal(fields.AirDate, JsonSerializer.Deserialize<BroadcastFields>(json, ContentJson.Options)!.AirDate);
    }

    [Theory]
    [InlineData("2024-06-30T23:30:00")]
    [InlineData("30/06/2024 23:30")]
    public void Json_DateWithoutOffset_IsRefused(string airDate) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BroadcastFields>($$"""{ "airDate": "{{airDate}}" }""", ContentJson.Options));

    [Fact]
    public void IndexValues_CarryAirDateChannelSeriesAndDuration()
    {
        var fields = new BroadcastFields { Kind = BroadcastKinds.RadioProgramme, AirDate = AirDate, Channel = "ptth-tinh", Series = "Du lịch", Duration = 750 };

        var values = ((IContentFields)fields).GetIndexValues().ToDictionary(v => v.Name);

        Assert.Equal(AirDate, values["airDate"].Date);
        Assert.Equal("ptth-tinh", values["channel"].Text);
        Assert.Equal("Du lịch", values["series"].Text);
        Assert.Equal(750m, values["duration"].Number);
        Assert.Equal(BroadcastKinds.RadioProgramme, ((IContentFields)fields).Subtype);
    }

    private static ContentFileReference Audio(string contentType = "audio/wav") =>
        new() { FileId = Guid.NewGuid(), Name = "chuong-trinh.wav", ContentType = contentType, Length = 1000 };

    private static List<(string Member, string Message)> Validate(BroadcastFields fields)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(fields, new ValidationContext(fields), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => (m, r.ErrorMessage ?? ""))).ToList();
    }
}
