using System.Security.Cryptography;
using System.Text;

namespace Mlops.Serving.Internal;

/// <summary>
/// The X-API-Key check on the prediction endpoints: both keys hashed, then compared in constant time, so neither the
/// key's bytes nor its length can be learnt from how long a wrong guess takes.
/// </summary>
internal sealed class ApiKeyGate
{
    public const string Header = "X-API-Key";

    private readonly byte[] _hash;

    public ApiKeyGate(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        _hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    public bool Admits(HttpRequest request)
    {
        var given = request.Headers[Header];
        if (given.Count != 1 || given[0] is not { Length: > 0 } key)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return CryptographicOperations.FixedTimeEquals(hash, _hash);
    }
}
