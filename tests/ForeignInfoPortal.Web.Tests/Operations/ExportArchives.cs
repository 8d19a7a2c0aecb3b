using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>An export archive as a test reads it (its manifest's counts, checksums and files), and copies of it edited as an attacker or a broken disk would.</summary>
internal static class ExportArchives
{
    public static async Task<Exported> ManifestAsync(string archive)
    {
        using var zip = ZipFile.OpenRead(archive);
        await using var stream = zip.GetEntry("export.json")!.Open();
        using var json = await JsonDocument.ParseAsync(stream);
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        return new Exported(
            json.RootElement.GetProperty("source").GetString()!,
            new(tables.ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("rows").GetInt64()), StringComparer.Ordinal),
            new(tables.ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("checksum").GetString()!), StringComparer.Ordinal),
            json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString() + " " + f.GetProperty("sha256").GetString())
                .Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>A copy of the archive with one entry's text changed.</summary>
    public static async Task<string> CopyAsync(string archive, string copy, string entryName, Func<string, string> change)
    {
        File.Copy(archive, copy);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
        await ReplaceAsync(zip, entryName, change);
        return copy;
    }

    /// <summary>
    /// A copy whose table rows are changed and whose manifest is made to agree with the changed entry (its length and
    /// SHA-256), but keeps the table's checksum: the rows pass every check before the insert and fail the read-back.
    /// </summary>
    public static async Task<string> CopyWithRowsChangedAsync(string archive, string copy, string table, Func<string, string> change)
    {
        File.Copy(archive, copy);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
        var entryName = $"tables/{table}.jsonl";
        var rows = Encoding.UTF8.GetBytes(await ReplaceAsync(zip, entryName, change));
        await ReplaceAsync(zip, "export.json", manifest =>
        {
            var json = JsonNode.Parse(manifest)!;
            var entry = json["tables"]!.AsArray().Single(t => (string?)t!["name"] == table)!["entry"]!;
            entry["length"] = rows.Length;
            entry["sha256"] = Convert.ToHexStringLower(SHA256.HashData(rows));
            return json.ToJsonString();
        });
        return copy;
    }

    private static async Task<string> ReplaceAsync(ZipArchive zip, string entryName, Func<string, string> change)
    {
        var entry = zip.GetEntry(entryName)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = await reader.ReadToEndAsync();
        }

        var changed = change(text);
        Assert.NotEqual(text, changed);
        entry.Delete();
        await using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await writer.WriteAsync(changed);
        return changed;
    }
}

internal sealed record Exported(string Source, SortedDictionary<string, long> Counts, SortedDictionary<string, string> Checksums, List<string> Files);
