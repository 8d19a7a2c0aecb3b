using System.Globalization;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "step": "files", "files": [ { "id", "name", and one of "generate": "tone" (+ "seconds", "hz") |
/// "generate": "pdf" (+ "title", "lines") | "path" } ] }</c>: stores files with fixed ids through the file store
/// (so they are checked like uploads), for content to refer to as <c>{ "fileId": "…" }</c>. Generated files keep
/// demo recipes small and free of binaries. A file whose id exists is skipped.
/// </summary>
internal sealed class FilesStep(PortalDbContext db, IFileStore store) : IRecipeStep
{
    private static readonly HashSet<string> Known = ["id", "name", "generate", "seconds", "hz", "title", "lines", "path"];

    public string Name => "files";

    public async Task<string> ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var stored = new List<StoredFile>();
        try
        {
            return await StoreAllAsync(step, context, stored, cancellationToken);
        }
        catch
        {
            // The records roll back with the recipe; the content on disk goes by hand.
            foreach (var file in stored)
            {
                await store.DeleteAsync(file, CancellationToken.None);
            }

            throw;
        }
    }

    private async Task<string> StoreAllAsync(JsonElement step, RecipeContext context, List<StoredFile> stored, CancellationToken cancellationToken)
    {
        int added = 0, skipped = 0, index = 0;
        foreach (var element in RecipeJson.RequiredArray(step, "files"))
        {
            var field = $"files[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new RecipeException("Mỗi tệp phải là một đối tượng.", field);
            }

            if (element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !Known.Contains(n)) is { } unknown)
            {
                throw new RecipeException($"Thuộc tính \"{unknown}\" không được hỗ trợ.", $"{field}.{unknown}");
            }

            var id = RecipeJson.Under(field, () => Guid.TryParse(RecipeJson.RequiredString(element, "id"), out var value) && value != Guid.Empty
                ? value
                : throw new RecipeException("Mã tệp phải là một GUID.", "id"));
            var name = RecipeJson.Under(field, () => RecipeJson.RequiredString(element, "name"));
            var kind = FileKinds.FromExtension(name);
            if (kind == FileKind.None)
            {
                throw new RecipeException($"Phần mở rộng của \"{name}\" không thuộc loại tệp nào được chấp nhận.", $"{field}.name");
            }

            if (db.Files.Local.Any(f => f.Id == id) || await db.Files.AnyAsync(f => f.Id == id, cancellationToken))
            {
                skipped++;
                continue;
            }

            await using var content = RecipeJson.Under(field, () => Content(element, context));
            try
            {
                stored.Add(await store.SaveAsync(content, name, kind, long.MaxValue, userId: null, id, cancellationToken));
            }
            catch (FileRejectedException ex)
            {
                throw new RecipeException(ex.Message, field);
            }

            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return skipped == 0 ? $"{added} tệp" : $"{added} tệp, bỏ qua {skipped} tệp đã có";
    }

    private static Stream Content(JsonElement element, RecipeContext context)
    {
        var path = RecipeJson.OptionalString(element, "path");
        var generate = RecipeJson.OptionalString(element, "generate");
        if ((path is null) == (generate is null))
        {
            throw new RecipeException("Cần đúng một trong hai: \"path\" hoặc \"generate\".", "generate");
        }

        if (path is not null)
        {
            var full = Path.GetFullPath(path, context.BaseFolder);
            return File.Exists(full) ? File.OpenRead(full) : throw new RecipeException($"Không tìm thấy tệp \"{full}\".", "path");
        }

        return generate switch
        {
            "tone" => new MemoryStream(GeneratedFiles.Tone(Number(element, "seconds", 3, 1, 60), Number(element, "hz", 440, 20, 4000))),
            "pdf" => new MemoryStream(GeneratedFiles.Pdf(RecipeJson.OptionalString(element, "title") ?? "", Lines(element))),
            _ => throw new RecipeException("\"generate\" phải là \"tone\" hoặc \"pdf\".", "generate"),
        };
    }

    private static int Number(JsonElement element, string property, int fallback, int min, int max)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return fallback;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max
            ? number
            : throw new RecipeException(string.Create(CultureInfo.InvariantCulture, $"Phải là số nguyên từ {min} đến {max}."), property);
    }

    private static List<string> Lines(JsonElement element)
    {
        if (!element.TryGetProperty("lines", out var value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(l => l.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(l => l.GetString()!).ToList()
            : throw new RecipeException("\"lines\" phải là mảng chuỗi.", "lines");
    }
}
