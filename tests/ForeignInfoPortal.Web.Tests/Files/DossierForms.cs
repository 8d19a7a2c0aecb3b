using System.Text;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Files;

/// <summary>The Dossier editor form as a browser posts it, and test files made on the spot.</summary>
public static class DossierForms
{
    public const string CreatePage = "/admin/content/Dossier/create";

    public static string EditPage(int id) => $"/admin/content/Dossier/{id}/edit";

    public static List<KeyValuePair<string, string>> Fields(string title, string submit, string kind = "plan", int year = 2026) =>
    [
        new("Title", $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)]),
        new("Culture", "vi"),
        new("Fields.Kind", kind),
        new("Fields.Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("submit", submit),
    ];

    /// <summary>Creates a dossier with one attachment and returns its id and the attachment's link from the editor.</summary>
    public static async Task<(int Id, string FileUrl)> CreateWithAttachmentAsync(PortalClient client, string title, string fileName, byte[] content, string submit)
    {
        var response = await client.PostMultipartAsync(CreatePage, CreatePage, Fields(title, submit), [("Uploads.Attachments", fileName, content)]);
        var id = PortalClient.IdFromEditRedirect(response);
        var page = await client.GetPageAsync(EditPage(id));
        Assert.NotNull(page.QuerySelector("input[name='Fields.Attachments[0].FileId']"));
        var link = page.QuerySelector("a[href^='/tep/']")?.GetAttribute("href");
        Assert.False(string.IsNullOrEmpty(link), "The editor shows no link to the attachment.");
        return (id, link!);
    }

    /// <summary>How many dossiers have a title starting with <paramref name="title"/>.</summary>
    public static async Task<int> CountAsync(FilesFixture site, string title)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentVersions.CountAsync(v => v.ContentType == DossierFields.TypeName && v.Title.StartsWith(title));
    }

    /// <summary>A PDF-looking file of <paramref name="length"/> bytes with varied content (so ranges can be checked).</summary>
    public static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(bytes, 0);
        for (var i = 9; i < length - 6; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        Encoding.ASCII.GetBytes("%%EOF\n").CopyTo(bytes, length - 6);
        return bytes;
    }

    /// <summary>A WAV header followed by <paramref name="samples"/> bytes of silence.</summary>
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
        writer.Write(new byte[samples]);
        writer.Flush();
        return stream.ToArray();
    }
}
