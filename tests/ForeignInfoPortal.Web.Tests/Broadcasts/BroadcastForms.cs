using System.Globalization;
using System.Text;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Broadcasts;

/// <summary>The broadcast editor form as a browser posts it, and audio made on the spot.</summary>
public static class BroadcastForms
{
    public const string CreatePage = "/admin/content/Broadcast/create";
    public const string MediaInput = "Uploads.Media";

    public static List<KeyValuePair<string, string>> Fields(string title, string submit = "publish", string kind = "RadioProgramme",
        string airDate = "2024-06-30T23:30", string duration = "12:30") =>
    [
        new("Title", title),
        new("Summary", "Chương trình thử nghiệm của mô-đun phát thanh."),
        new("Culture", "vi"),
        new("Fields.Kind", kind),
        new("Fields.Series", "Thông tin đối ngoại"),
        new("Fields.Channel", "ptth-tinh"),
        new("Fields.AirDate", airDate),
        new("Fields.Duration", duration),
        new("Fields.Transcript", "<p>Lời bình: giới thiệu hồ sinh thái Nặm Cát.</p>"),
        new("Fields.Tags", "du lịch, phát thanh"),
        new("submit", submit),
    ];

    /// <summary>A unique title (slugs are unique per type; the suite shares one site).</summary>
    public static string Title(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];

    /// <summary>A mono 8-bit WAV of <paramref name="samples"/> samples of a tone, so that byte ranges differ.</summary>
    public static byte[] Wav(int samples)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + samples);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(8000);
        writer.Write(8000);
        writer.Write((short)1);
        writer.Write((short)8);
        writer.Write("data"u8);
        writer.Write(samples);
        for (var i = 0; i < samples; i++)
        {
            writer.Write((byte)(128 + (100 * Math.Sin(2 * Math.PI * 440 * i / 8000))));
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Text that pretends to be an MP3.</summary>
    public static byte[] ForgedMp3() => Encoding.UTF8.GetBytes("Đây không phải tệp âm thanh, chỉ là văn bản đổi tên thành .mp3.\n");

    /// <summary>How many broadcasts have a title starting with <paramref name="title"/>, and how many files are stored.</summary>
    public static async Task<(int Broadcasts, int Files)> CountAsync(PortalFactory site, string title)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.ContentVersions.CountAsync(v => v.ContentType == "Broadcast" && v.Title.StartsWith(title)),
            await db.Files.CountAsync());
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
