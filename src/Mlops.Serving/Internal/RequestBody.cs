using System.Buffers;
using Microsoft.Net.Http.Headers;

namespace Mlops.Serving.Internal;

/// <summary>
/// A request's JSON body in a pooled buffer, refused before parsing when it is not JSON (415) or larger than the limit
/// (413) — by its Content-Length when it has one, else as soon as the bytes read pass the limit.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private byte[] _buffer;

    private RequestBody(byte[] buffer, int length) => (_buffer, Length) = (buffer, length);

    public int Length { get; }

    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, Length);

    public static async Task<RequestBody> ReadAsync(HttpRequest request, long limit)
    {
        if (request.ContentType is { } type && !IsJson(type))
        {
            throw new RequestRejected(StatusCodes.Status415UnsupportedMediaType, $"the body must be JSON (Content-Type: application/json), not {Shorten(type)}.");
        }

        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1, request.ContentLength + 1 ?? 16 * 1024));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        throw TooLarge(limit);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1, buffer.Length * 2L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return length > limit ? throw TooLarge(limit) : new RequestBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private static RequestRejected TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"the body is larger than the limit of {limit:N0} bytes; send fewer rows per request.");

    private static bool IsJson(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
