using System.Text;

namespace Mlops.Config.Internal;

/// <summary>One step of a JSON path: a field name or an array index.</summary>
internal readonly record struct JsonPathSegment(string? Name, int Index);

/// <summary>Splits the paths System.Text.Json reports ("$.a[0].b", "$['x y']") into their steps.</summary>
internal static class JsonPathSegments
{
    public static IReadOnlyList<JsonPathSegment> Parse(string path)
    {
        var segments = new List<JsonPathSegment>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new JsonPathSegment(path[(i + 1)..end], -1));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var name = new StringBuilder();
                i += 2;
                while (i < path.Length && !path.AsSpan(i).StartsWith("']", StringComparison.Ordinal))
                {
                    i += path[i] == '\\' && i + 1 < path.Length ? 1 : 0;
                    name.Append(path[i++]);
                }

                segments.Add(new JsonPathSegment(name.ToString(), -1));
                i += 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                segments.Add(new JsonPathSegment(null, int.TryParse(path.AsSpan(i + 1, end - i - 1), out var index) ? index : -1));
                i = end + 1;
            }
            else
            {
                // Not a path of the serializer's shape: stop rather than guess.
                break;
            }
        }

        return segments;
    }
}
