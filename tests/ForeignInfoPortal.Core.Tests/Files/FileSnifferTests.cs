using ForeignInfoPortal.Core.Files;

namespace ForeignInfoPortal.Core.Tests.Files;

public sealed class FileSnifferTests
{
    public static TheoryData<string, byte[], FileKind> Files() => new()
    {
        { "a.pdf", TestFiles.Pdf(), FileKind.Pdf },
        { "a.doc", TestFiles.Ole(), FileKind.Doc },
        { "a.xls", TestFiles.Ole(), FileKind.Xls },
        { "a.docx", TestFiles.Docx(), FileKind.Docx },
        { "a.xlsx", TestFiles.Xlsx(), FileKind.Xlsx },
        { "a.odt", TestFiles.Odt(), FileKind.Odt },
        { "a.mp3", TestFiles.Mp3WithId3(), FileKind.Mp3 },
        { "b.mp3", TestFiles.Mp3Frame(), FileKind.Mp3 },
        { "a.m4a", TestFiles.Mp4("M4A "), FileKind.M4a },
        { "a.mp4", TestFiles.Mp4("isom"), FileKind.Mp4 },
        { "a.ogg", TestFiles.Ogg(), FileKind.Ogg },
        { "a.wav", TestFiles.Wav(100), FileKind.Wav },
        { "a.webm", TestFiles.WebM(), FileKind.WebM },
        { "a.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào"u8.ToArray(), FileKind.WebVtt },
        { "b.vtt", [0xEF, 0xBB, 0xBF, .. "WEBVTT - phụ đề\r\n"u8], FileKind.WebVtt },

        // Forged or unknown content.
        { "a.pdf", TestFiles.Html(), FileKind.None },
        { "a.mp3", TestFiles.Exe(), FileKind.None },
        { "a.docx", TestFiles.ZipWithoutDocument(), FileKind.None },
        { "a.pdf", TestFiles.Ole(), FileKind.None },
        { "c.vtt", "WEBVTTX\n"u8.ToArray(), FileKind.None },
        { "d.vtt", TestFiles.Html(), FileKind.None },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Sniff_RecognisesTheRealKind(string name, byte[] content, FileKind expected)
    {
        using var stream = new MemoryStream(content);
        Assert.Equal(expected, FileSniffer.Sniff(stream, name));
    }
}
