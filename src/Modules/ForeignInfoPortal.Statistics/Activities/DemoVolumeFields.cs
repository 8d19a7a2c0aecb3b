using System.Globalization;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>
/// Valid fields for each demo item, written as the types' recipe JSON (this module does not reference the News,
/// Broadcasts or Documents modules): a news body and category, a broadcast's kind, air date and one shared WAV,
/// a document's unique number for its type, issuer and year, with issuers and fields from the Documents settings.
/// </summary>
internal sealed class DemoVolumeFields(PortalDbContext db, IFileStore files, ISettingsStore settings, IContentTypeRegistry types)
{
    // Symbols of the issuing bodies the demo signs with; the settings say which exist.
    private static readonly (string Code, string Symbol)[] Issuers = [("ubnd-tp", "UBND"), ("phong-vhtt", "VHTT"), ("hdnd-tp", "HĐND")];
    private static readonly string[] DocumentTypeCodes = ["KH", "KH", "QĐ", "QĐ", "TB", "BC", "GM", "HD", "CV", "CV", "CV"];

    private readonly Dictionary<string, int> _nextNumber = new(StringComparer.Ordinal);
    private ContentFileReference? _wave;
    private DemoDocumentSettings? _documents;
    private HashSet<string>? _numberKeys;

    public static bool Supports(string type) => type is "News" or "Broadcast" or "Document";

    public async Task<(string Title, JsonObject Fields)> CreateAsync(string type, string? subtype, int number, DateTime publishedUtc,
        DemoUnit unit, IReadOnlyList<string> categories, Random random, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "News":
            {
                var title = DemoTitles.News(random, Subject(unit.Name), number);
                var category = categories.Count > 0 ? categories[random.Next(categories.Count)] : "tin-hoat-dong";
                return (title, new JsonObject { ["body"] = DemoTitles.Body(title), ["category"] = category, ["author"] = "Ban biên tập" });
            }

            case "Broadcast":
            {
                var kind = subtype ?? "RadioProgramme";
                var kindName = types.Find(type)?.Subtypes.FirstOrDefault(k => k.Key == kind).Value ?? kind;
                var title = DemoTitles.Broadcast(random, kindName, number);
                var fields = new JsonObject
                {
                    ["kind"] = kind,
                    ["airDate"] = publishedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    ["duration"] = 600 + random.Next(1200),
                };
                if (kind != "TvSpecial")
                {
                    var wave = await WaveAsync(cancellationToken);
                    fields["media"] = new JsonObject { ["fileId"] = wave.FileId.ToString(), ["name"] = wave.Name };
                }
                else
                {
                    fields["videoUrl"] = "https://www.backan.gov.vn/";
                }

                return (title, fields);
            }

            default:
                return await DocumentAsync(publishedUtc, number, random, cancellationToken);
        }
    }

    private async Task<(string, JsonObject)> DocumentAsync(DateTime publishedUtc, int number, Random random, CancellationToken cancellationToken)
    {
        _documents ??= await settings.GetAsync<DemoDocumentSettings>("Documents", cancellationToken);
        _numberKeys ??= (await db.ContentIndex.AsNoTracking().Where(e => e.Name == "numberKey" && e.Text != null)
            .Select(e => e.Text!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var issuers = Issuers.Where(i => _documents.IssuingBodies.Any(b => b.Code == i.Code)).ToList();
        if (issuers.Count == 0)
        {
            throw new RecipeException("Danh mục văn bản chưa có cơ quan ban hành ubnd-tp, phong-vhtt hoặc hdnd-tp.", "items");
        }

        // Mostly the city's people's committee, as in the real library.
        var (issuerCode, symbol) = random.Next(10) < 8 ? issuers[0] : issuers[random.Next(issuers.Count)];
        var type = DocumentTypeCodes[random.Next(DocumentTypeCodes.Length)];
        var issued = DateOnly.FromDateTime(VietnamTime.FromUtc(publishedUtc));
        var numberAndSymbol = NextNumber(type, symbol, issued.Year);
        var title = DemoTitles.Document(random, number);
        var fields = new JsonObject
        {
            ["numberAndSymbol"] = numberAndSymbol,
            ["documentType"] = type,
            ["issuingBody"] = issuerCode,
            ["issueDate"] = issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["fullText"] = DemoTitles.Body(title),
        };
        if (_documents.Fields.Count > 0)
        {
            fields["field"] = _documents.Fields[random.Next(_documents.Fields.Count)].Code;
        }

        if (_documents.Signers.Count > 0)
        {
            var signer = _documents.Signers[random.Next(_documents.Signers.Count)];
            fields["signer"] = signer.Name;
            fields["signerPosition"] = signer.Position;
        }

        return (title, fields);
    }

    /// <summary>The next free number of a type and issuer in a year, skipping numbers already used (the key is the Documents module's).</summary>
    private string NextNumber(string type, string symbol, int year)
    {
        var counter = $"{type}|{symbol}|{year}";
        var next = _nextNumber.GetValueOrDefault(counter, 1);
        var issuer = type == "CV" ? $"{symbol}-VP" : symbol;
        string Key(int n) => string.Join('|', n.ToString(CultureInfo.InvariantCulture), type, issuer.ToUpperInvariant(), year.ToString(CultureInfo.InvariantCulture));
        while (!_numberKeys!.Add(Key(next)))
        {
            next++;
        }

        _nextNumber[counter] = next + 1;
        var code = type == "CV" ? "" : type + "-";
        return $"{next.ToString("00", CultureInfo.InvariantCulture)}/{code}{issuer}";
    }

    private async Task<ContentFileReference> WaveAsync(CancellationToken cancellationToken)
    {
        if (_wave is not null)
        {
            return _wave;
        }

        var stored = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == DemoWave.FileId, cancellationToken);
        if (stored is null)
        {
            await using var content = new MemoryStream(DemoWave.Create());
            stored = await files.SaveAsync(content, DemoWave.FileName, FileKind.Audio, long.MaxValue, userId: null, DemoWave.FileId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return _wave = ContentFileReference.From(stored);
    }

    private static string Subject(string unit) => Core.Units.OrganizationUnit.PlaceName(unit);
}

/// <summary>The part of the Documents settings the demo reads (same JSON, read without referencing that module).</summary>
internal sealed class DemoDocumentSettings
{
    public List<DemoListEntry> IssuingBodies { get; set; } = [];

    public List<DemoListEntry> Fields { get; set; } = [];

    public List<DemoSigner> Signers { get; set; } = [];
}

internal sealed class DemoListEntry
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}

internal sealed class DemoSigner
{
    public string Name { get; set; } = "";

    public string Position { get; set; } = "";
}
