using System.Runtime.InteropServices;

namespace Mlops.Files;

/// <summary>
/// What the file system says about a file without reading it: size, modification and change times (nanoseconds
/// since 1970) and inode, as git's index keeps them. .NET exposes neither the inode nor the change time, so on Linux
/// they come from statx(2), whose struct has one layout on every architecture; elsewhere size and modification time.
/// </summary>
internal readonly record struct FileStat(long Size, long ModifiedNs, long ChangedNs, ulong Inode)
{
    private static bool _statxWorks = OperatingSystem.IsLinux();

    /// <summary>The file's stat, or null when there is no such file.</summary>
    public static FileStat? Of(string path)
    {
        if (_statxWorks)
        {
            try
            {
                if (Native.statx(Native.AtCurrentDirectory, path, 0, Native.BasicStats, out var stat) == 0)
                {
                    return (stat.Mode & Native.TypeMask) == Native.RegularFile
                        ? new FileStat((long)stat.Size, Nanoseconds(stat.ModifiedSeconds, stat.ModifiedNanoseconds),
                            Nanoseconds(stat.ChangedSeconds, stat.ChangedNanoseconds), stat.Inode)
                        : null;
                }

                if (Marshal.GetLastPInvokeError() is Native.NoSuchFile or Native.NotADirectory)
                {
                    return null;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // a C library without statx (older than glibc 2.28, or not glibc)
            }

            _statxWorks = false; // e.g. a sandbox refusing the call: the portable way from here on
        }

        var info = new FileInfo(path);
        return info.Exists ? new FileStat(info.Length, (info.LastWriteTimeUtc - DateTime.UnixEpoch).Ticks * 100, 0, 0) : null;
    }

    private static long Nanoseconds(long seconds, uint nanoseconds) => (seconds * 1_000_000_000) + nanoseconds;

    private static class Native
    {
        public const int AtCurrentDirectory = -100;
        public const uint BasicStats = 0x7ff;
        public const ushort TypeMask = 0xF000;
        public const ushort RegularFile = 0x8000;
        public const int NoSuchFile = 2;
        public const int NotADirectory = 20;

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054, CA2101 // LibraryImport needs unsafe code in this project; the path is marshalled as UTF-8
        public static extern int statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out Statx result);
#pragma warning restore SYSLIB1054, CA2101
    }

    /// <summary>struct statx from linux/stat.h: fixed-size fields, the same offsets on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(96)] public long ChangedSeconds;
        [FieldOffset(104)] public uint ChangedNanoseconds;
        [FieldOffset(112)] public long ModifiedSeconds;
        [FieldOffset(120)] public uint ModifiedNanoseconds;
    }
}
