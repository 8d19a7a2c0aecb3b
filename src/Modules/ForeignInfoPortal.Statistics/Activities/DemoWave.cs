namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>A half-second silent 8 kHz mono WAV: the one audio file every demo radio programme refers to.</summary>
internal static class DemoWave
{
    /// <summary>Fixed, so running the recipe again reuses the file.</summary>
    public static readonly Guid FileId = new("5a3d3c0e-8f0b-4c55-9d1e-2d6b0f6e7a01");

    public const string FileName = "Âm thanh mẫu.wav";

    public static byte[] Create()
    {
        const int samples = 4000;
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + samples * 2);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(8000);
        writer.Write(16000);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(samples * 2);
        writer.Write(new byte[samples * 2]);
        writer.Flush();
        return stream.ToArray();
    }
}
