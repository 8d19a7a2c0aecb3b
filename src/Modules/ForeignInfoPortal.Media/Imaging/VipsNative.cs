using System.Runtime.InteropServices;

namespace ForeignInfoPortal.Media.Imaging;

/// <summary>
/// The few libvips and GObject entry points the pipeline needs. Only non-variadic functions: C varargs cannot be
/// called portably through P/Invoke, so operations are made with <c>vips_operation_new</c>, their arguments set
/// as GObject properties (objects, strings) or parsed from an option string (numbers, flags), and built with
/// <c>vips_cache_operation_buildp</c>.
/// </summary>
internal static partial class VipsNative
{
    public const string Vips = "libvips.so.42";
    public const string GObject = "libgobject-2.0.so.0";
    public const string GLib = "libglib-2.0.so.0";

    /// <summary>The size of a GValue on 64-bit platforms (a GType and two 8-byte data words).</summary>
    public const int GValueSize = 24;

    /// <summary>G_TYPE_STRING: fundamental type 16, shifted by G_TYPE_FUNDAMENTAL_SHIFT (2).</summary>
    public const nint GTypeString = 16 << 2;

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_init(string argv0);

    [LibraryImport(Vips)]
    public static partial int vips_version(int flag);

    /// <summary>Blocks the loaders libvips marks untrusted (ImageMagick, PDF, MATLAB…): the library takes photos only.</summary>
    [LibraryImport(Vips)]
    public static partial void vips_block_untrusted_set([MarshalAs(UnmanagedType.Bool)] bool state);

    /// <summary>Sets a variable in the process environment libvips reads (.NET's Environment only changes its own copy).</summary>
    [LibraryImport(GLib, StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool g_setenv(string variable, string value, [MarshalAs(UnmanagedType.Bool)] bool overwrite);

    [LibraryImport(Vips)]
    public static partial void vips_cache_set_max(int max);

    [LibraryImport(Vips)]
    public static partial void vips_concurrency_set(int concurrency);

    [LibraryImport(Vips)]
    public static partial nint vips_error_buffer();

    [LibraryImport(Vips)]
    public static partial void vips_error_clear();

    [LibraryImport(Vips)]
    public static partial nint vips_source_new_from_memory(nint data, nuint length);

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint vips_source_new_from_file(string filename);

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint vips_target_new_to_file(string filename);

    /// <summary>The loader's nickname ("jpegload_source"), owned by libvips; zero when no loader knows the content.</summary>
    [LibraryImport(Vips)]
    public static partial nint vips_foreign_find_load_source(nint source);

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint vips_operation_new(string name);

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_object_set_from_string(nint vipsObject, string options);

    [LibraryImport(Vips)]
    public static partial int vips_cache_operation_buildp(ref nint operation);

    [LibraryImport(Vips)]
    public static partial void vips_object_unref_outputs(nint operation);

    [LibraryImport(Vips)]
    public static partial nint vips_image_get_type();

    [LibraryImport(Vips)]
    public static partial nint vips_source_get_type();

    [LibraryImport(Vips)]
    public static partial nint vips_target_get_type();

    [LibraryImport(Vips)]
    public static partial int vips_image_get_width(nint image);

    [LibraryImport(Vips)]
    public static partial int vips_image_get_height(nint image);

    [LibraryImport(Vips)]
    public static partial int vips_image_get_orientation(nint image);

    /// <summary>The GType of a metadata field, or 0 when the image has none of that name ("exif-data", "orientation").</summary>
    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint vips_image_get_typeof(nint image, string name);

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void vips_image_set_int(nint image, string name, int value);

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_image_remove(nint image, string name);

    [LibraryImport(GObject)]
    public static partial nint g_value_init(nint value, nint type);

    [LibraryImport(GObject)]
    public static partial void g_value_unset(nint value);

    [LibraryImport(GObject)]
    public static partial void g_value_set_object(nint value, nint gobject);

    [LibraryImport(GObject)]
    public static partial nint g_value_get_object(nint value);

    [LibraryImport(GObject, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void g_value_set_string(nint value, string text);

    [LibraryImport(GObject, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void g_object_set_property(nint gobject, string name, nint value);

    [LibraryImport(GObject, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void g_object_get_property(nint gobject, string name, nint value);

    [LibraryImport(GObject)]
    public static partial nint g_object_ref(nint gobject);

    [LibraryImport(GObject)]
    public static partial void g_object_unref(nint gobject);
}
