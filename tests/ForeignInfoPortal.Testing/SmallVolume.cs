using System.Diagnostics;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// A real, small file system (tmpfs) mounted on a folder, to fill up: the operating system answers "no space left on
/// device" exactly as a full disk does. Mounting needs root, which CI has; elsewhere the test is skipped.
/// </summary>
public sealed class SmallVolume : IDisposable
{
    private readonly string _folder;
    private readonly string _filler;

    private SmallVolume(string folder)
    {
        _folder = folder;
        _filler = Path.Combine(folder, ".filler");
    }

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> on <paramref name="folder"/> (created if missing).</summary>
    public static SmallVolume Mount(string folder, int megabytes)
    {
        Directory.CreateDirectory(folder);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder);
        if (code == 0)
        {
            return new SmallVolume(folder);
        }

        var reason = $"mounting a small tmpfs failed ({error.Trim()}): the disk-full tests need root (CI runs them as root)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return null!;
    }

    /// <summary>Fills the volume until only <paramref name="leaveFree"/> bytes are free.</summary>
    public void Fill(long leaveFree)
    {
        var free = new DriveInfo(_folder).AvailableFreeSpace;
        using var filler = new FileStream(_filler, FileMode.Append, FileAccess.Write);
        filler.Write(new byte[Math.Max(0, free - leaveFree)]);
    }

    /// <summary>Frees what <see cref="Fill"/> took.</summary>
    public void Empty() => File.Delete(_filler);

    /// <summary>Every file on the volume except the filler.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Where(f => f != _filler)];

    public void Dispose() => Run("umount", "-l", _folder);

    private static (int Code, string Error) Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, exception.Message);
        }
    }
}
