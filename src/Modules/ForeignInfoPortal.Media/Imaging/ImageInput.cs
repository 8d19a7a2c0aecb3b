using System.Runtime.InteropServices;

namespace ForeignInfoPortal.Media.Imaging;

/// <summary>
/// A libvips source over a picture: the file itself when the content is a local file (libvips reads only what it
/// needs), otherwise a copy in native memory that lives as long as the source.
/// </summary>
internal sealed unsafe class ImageInput : IDisposable
{
    private nint _source;
    private void* _memory;

    private ImageInput(nint source, void* memory)
    {
        _source = source;
        _memory = memory;
    }

    public nint Handle => _source != 0 ? _source : throw new ObjectDisposedException(nameof(ImageInput));

    public static ImageInput FromFile(string path)
    {
        var source = VipsNative.vips_source_new_from_file(path);
        return source == 0 ? throw new ImageException(Vips.TakeError()) : new ImageInput(source, null);
    }

    public static ImageInput FromBytes(ReadOnlySpan<byte> bytes)
    {
        var memory = NativeMemory.Alloc((nuint)Math.Max(1, bytes.Length));
        bytes.CopyTo(new Span<byte>(memory, bytes.Length));
        var source = VipsNative.vips_source_new_from_memory((nint)memory, (nuint)bytes.Length);
        if (source == 0)
        {
            NativeMemory.Free(memory);
            throw new ImageException(Vips.TakeError());
        }

        return new ImageInput(source, memory);
    }

    /// <summary>A local file by its path, anything else copied.</summary>
    public static ImageInput From(Stream content)
    {
        if (content is FileStream file)
        {
            return FromFile(file.Name);
        }

        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return FromBytes(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    public void Dispose()
    {
        if (_source != 0)
        {
            VipsNative.g_object_unref(_source);
            _source = 0;
        }

        if (_memory is not null)
        {
            NativeMemory.Free(_memory);
            _memory = null;
        }
    }
}
