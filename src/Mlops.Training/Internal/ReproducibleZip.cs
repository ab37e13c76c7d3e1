using System.IO.Compression;

namespace Mlops.Training.Internal;

/// <summary>
/// Rewrites a zip so the same content always gives the same bytes: entries in ordinal order, every timestamp the
/// zip epoch, no file attributes, one compression level. ML.NET stamps each entry with the time it was saved.
/// </summary>
internal static class ReproducibleZip
{
    // The earliest time a zip can hold. DateTime (not DateTimeOffset) is what the entry stores, so no time zone leaks in.
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalise(byte[] zip)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Epoch;
                copy.ExternalAttributes = 0;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
