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

        // Forged or unknown content.
        { "a.pdf", TestFiles.Html(), FileKind.None },
        { "a.mp3", TestFiles.Exe(), FileKind.None },
        { "a.docx", TestFiles.ZipWithoutDocument(), FileKind.None },
        { "a.pdf", TestFiles.Ole(), FileKind.None },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Sniff_RecognisesTheRealKind(string name, byte[] content, FileKind expected)
    {
        using var stream = new MemoryStream(content);
        Assert.Equal(expected, FileSniffer.Sniff(stream, name));
    }
}
