namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// A write refused because the volume is full. Told apart from other failures so that an editor's upload is refused
/// with the reason, like any refused file (nothing kept, the form as it was), instead of an error page.
/// </summary>
public static class StorageFull
{
    /// <summary>Whether <paramref name="exception"/> is the operating system saying the volume or the quota is full.</summary>
    public static bool Is(Exception exception) =>
        // On Linux .NET's IOException carries the errno as HResult: ENOSPC 28, EDQUOT 122. On Windows the Win32 error
        // in the low word: ERROR_HANDLE_DISK_FULL 39, ERROR_DISK_FULL 112.
        exception is IOException io && (io.HResult is 28 or 122 || (io.HResult < 0 && (io.HResult & 0xFFFF) is 39 or 112));

    /// <summary>
    /// Whether the volume holding <paramref name="folder"/> has less than <paramref name="bytes"/> free: for a library
    /// (libvips) whose own error does not say why a write failed.
    /// </summary>
    public static bool Lacks(string folder, long bytes)
    {
        try
        {
            return new DriveInfo(folder).AvailableFreeSpace < bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The refusal shown for <paramref name="name"/>.</summary>
    public static string Refusal(string name) =>
        $"Máy chủ đã hết chỗ lưu trữ nên tệp \"{name}\" chưa được lưu. Những gì đã lưu trước đó vẫn giữ nguyên; hãy báo quản trị hệ thống.";
}
