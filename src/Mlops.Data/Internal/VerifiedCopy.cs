using System.Buffers;
using System.Security.Cryptography;

namespace Mlops.Data.Internal;

/// <summary>
/// What a copy received: its hash (null when it was cut off for being far too long), its size (as far as it was read),
/// and whether it was what was expected.
/// </summary>
internal sealed record Received(string? Sha256, long Size, bool IsExpected);

/// <summary>
/// Copies a stream into a temporary file beside the destination while hashing it, and renames it over the destination
/// only when size and hash are the expected ones: the destination holds the old file or the verified new one, never
/// part of one and never wrong content.
/// </summary>
internal static class VerifiedCopy
{
    /// <summary>How far past the expected size a source is still read and hashed (not stored), so its hash can be named.</summary>
    private const long HashedBeyond = 64L << 20;

    public static async Task<Received> CopyAsync(Stream source, string destination, DatasetFile expected, CancellationToken cancellation)
    {
        var folder = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.tmp");
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(), cancellation)) > 0)
                {
                    size += read;
                    hash.AppendData(buffer, 0, read);
                    if (size > expected.Size + Math.Max(expected.Size, HashedBeyond))
                    {
                        // Far too long: stop rather than read whatever the remote keeps sending.
                        return new Received(null, size, false);
                    }

                    if (size <= expected.Size)
                    {
                        await target.WriteAsync(buffer.AsMemory(0, read), cancellation);
                    }

                    // Past the expected size it is wrong already: hashed to be named, never written to disk.
                }

                await target.FlushAsync(cancellation);
                target.Flush(flushToDisk: true);
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            var received = new Received(sha256, size, size == expected.Size && sha256 == expected.Sha256);
            if (received.IsExpected)
            {
                File.Move(temporary, destination, overwrite: true);
            }

            return received;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
