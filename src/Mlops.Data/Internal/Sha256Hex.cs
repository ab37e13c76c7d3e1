using System.Security.Cryptography;

namespace Mlops.Data.Internal;

/// <summary>SHA-256 as the pointers write it: 64 lowercase hexadecimal digits.</summary>
internal static class Sha256Hex
{
    public static bool IsValid(string text) => text.Length == 64 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static async Task<string> OfFileAsync(string path, CancellationToken cancellation)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellation));
    }
}
