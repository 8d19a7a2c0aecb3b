namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>The one audio file every generated demo radio programme refers to.</summary>
internal static class DemoWave
{
    /// <summary>Fixed, so running the recipe again reuses the file.</summary>
    public static readonly Guid FileId = new("5a3d3c0e-8f0b-4c55-9d1e-2d6b0f6e7a01");

    public const string FileName = "Âm thanh mẫu.wav";

    /// <summary>A one-second tone, made on the spot.</summary>
    public static byte[] Create() => Core.Files.GeneratedFiles.Tone(1, 440);
}
