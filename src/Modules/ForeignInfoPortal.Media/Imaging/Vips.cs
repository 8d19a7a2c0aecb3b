using System.Runtime.InteropServices;

namespace ForeignInfoPortal.Media.Imaging;

/// <summary>
/// Starts libvips once per process and runs its operations. Operations are looked up by name, given their
/// object and string arguments as GObject properties and the rest as an option string
/// (<c>"width=640, height=10000000, size=down"</c>), then built through the operation cache (kept at size 0:
/// the portal caches on disk, and a cached operation would keep the source's memory alive).
/// </summary>
internal static unsafe class Vips
{
    private static readonly Lock Gate = new();
    private static bool _started;
    private static string? _failure;

    /// <summary>The message to show when libvips is missing: what to install.</summary>
    public const string InstallHint = "libvips is not installed: apt-get install libvips42";

    /// <summary>libvips looks for modules under <c>$VIPSHOME/lib/vips-modules-x.y</c>; under a device file there is no folder.</summary>
    internal const string NoModulesHome = "/dev/null";

    /// <summary>True when libvips could be loaded and started (once per process).</summary>
    public static bool TryStart(int concurrency, out string? failure)
    {
        lock (Gate)
        {
            if (!_started && _failure is null)
            {
                try
                {
                    // No dynamic modules (HEIF, JPEG XL, ImageMagick, OpenSlide, PDF): the library needs none, and
                    // OpenSlide's module brings the system SQLite into the process, whose symbols clash with the
                    // SQLite the portal bundles (the process crashes opening its database). VIPSHOME moves the
                    // module folder under a path that can never be a directory: a folder under /tmp could be
                    // created by any local user, who would then have libvips load their .so into the portal. Set
                    // here, before vips_init, which is the first libvips call the process makes.
                    VipsNative.g_setenv("VIPSHOME", NoModulesHome, overwrite: true);
                    if (VipsNative.vips_init("ForeignInfoPortal") != 0)
                    {
                        _failure = "libvips failed to start: " + TakeError();
                    }
                    else
                    {
                        VipsNative.vips_cache_set_max(0);
                        VipsNative.vips_block_untrusted_set(true);
                        _started = true;
                    }
                }
                catch (DllNotFoundException)
                {
                    _failure = InstallHint;
                }
            }

            if (_started)
            {
                // Threads per pipeline: the host runs several pipelines at once, each needs few.
                VipsNative.vips_concurrency_set(Math.Max(1, concurrency));
            }

            failure = _failure;
            return _started;
        }
    }

    /// <summary>"8.14.1".</summary>
    public static string Version => $"{VipsNative.vips_version(0)}.{VipsNative.vips_version(1)}.{VipsNative.vips_version(2)}";

    /// <summary>Runs operation <paramref name="name"/> and returns its image output <paramref name="output"/> (a reference the caller owns), or 0 when <paramref name="output"/> is null.</summary>
    public static nint Call(string name, Action<nint> setArguments, string? output)
    {
        var operation = VipsNative.vips_operation_new(name);
        if (operation == 0)
        {
            throw new ImageException($"libvips has no operation {name}: {TakeError()}");
        }

        try
        {
            setArguments(operation);
            if (VipsNative.vips_cache_operation_buildp(ref operation) != 0)
            {
                VipsNative.vips_object_unref_outputs(operation);
                throw new ImageException(TakeError());
            }

            var result = output is null ? 0 : GetObject(operation, output, VipsNative.vips_image_get_type());
            VipsNative.vips_object_unref_outputs(operation);
            return result;
        }
        finally
        {
            VipsNative.g_object_unref(operation);
        }
    }

    public static void SetObject(nint target, string property, nint value, nint type)
    {
        var gvalue = stackalloc byte[VipsNative.GValueSize];
        new Span<byte>(gvalue, VipsNative.GValueSize).Clear();
        VipsNative.g_value_init((nint)gvalue, type);
        VipsNative.g_value_set_object((nint)gvalue, value);
        VipsNative.g_object_set_property(target, property, (nint)gvalue);
        VipsNative.g_value_unset((nint)gvalue);
    }

    public static void SetString(nint target, string property, string value)
    {
        var gvalue = stackalloc byte[VipsNative.GValueSize];
        new Span<byte>(gvalue, VipsNative.GValueSize).Clear();
        VipsNative.g_value_init((nint)gvalue, VipsNative.GTypeString);
        VipsNative.g_value_set_string((nint)gvalue, value);
        VipsNative.g_object_set_property(target, property, (nint)gvalue);
        VipsNative.g_value_unset((nint)gvalue);
    }

    public static void SetOptions(nint target, string options)
    {
        if (VipsNative.vips_object_set_from_string(target, options) != 0)
        {
            throw new ImageException($"libvips refused the options \"{options}\": {TakeError()}");
        }
    }

    private static nint GetObject(nint source, string property, nint type)
    {
        var gvalue = stackalloc byte[VipsNative.GValueSize];
        new Span<byte>(gvalue, VipsNative.GValueSize).Clear();
        VipsNative.g_value_init((nint)gvalue, type);
        VipsNative.g_object_get_property(source, property, (nint)gvalue);
        var value = VipsNative.g_value_get_object((nint)gvalue);
        if (value != 0)
        {
            VipsNative.g_object_ref(value);
        }

        VipsNative.g_value_unset((nint)gvalue);
        return value;
    }

    /// <summary>libvips' error text (per process, so it may mix in another thread's; good enough for a log line).</summary>
    public static string TakeError()
    {
        var text = Marshal.PtrToStringUTF8(VipsNative.vips_error_buffer())?.Trim() ?? "";
        VipsNative.vips_error_clear();
        return text.Length == 0 ? "unknown libvips error" : text;
    }
}

/// <summary>libvips could not read or write an image (unreadable, truncated, unknown format).</summary>
internal sealed class ImageException(string message) : Exception(message);

/// <summary>libvips is missing or failed to start: no picture can be processed on this server (not the file's fault).</summary>
internal sealed class ImagingUnavailableException(string message) : Exception(message);
