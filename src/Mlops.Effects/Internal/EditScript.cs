namespace Mlops.Effects.Internal;

/// <summary>
/// A shortest edit script between two line lists: which old lines it deletes and which new lines it inserts; the
/// rest are common, in order. Myers' O((N+M)D) algorithm in its linear-space form: find the middle snake of an
/// optimal path, split there, recurse. Memory stays linear however different the texts are.
/// </summary>
internal sealed class EditScript
{
    private readonly int[] _old;
    private readonly int[] _new;

    private EditScript(int[] oldLines, int[] newLines)
    {
        _old = oldLines;
        _new = newLines;
        Deleted = new bool[oldLines.Length];
        Inserted = new bool[newLines.Length];
    }

    public bool[] Deleted { get; }

    public bool[] Inserted { get; }

    public static EditScript Between(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        // Lines become numbers once, so the inner loops compare integers rather than strings.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string line) => numbers.TryGetValue(line, out var n) ? n : numbers[line] = numbers.Count;
        var script = new EditScript([.. oldLines.Select(Number)], [.. newLines.Select(Number)]);
        if (script._old.Intersect(script._new).Any())
        {
            script.Compare(0, oldLines.Count, 0, newLines.Count);
        }
        else
        {
            // A complete rewrite: the search would cost O((N+M)²) only to find nothing in common.
            Array.Fill(script.Deleted, true);
            Array.Fill(script.Inserted, true);
        }

        return script;
    }

    private void Compare(int oldStart, int oldEnd, int newStart, int newEnd)
    {
        // A common head and tail are never part of the script; trimming them also means that, below, both ranges
        // differ at both ends, so the edit distance is at least 2 and each half of a split is strictly smaller.
        while (oldStart < oldEnd && newStart < newEnd && _old[oldStart] == _new[newStart])
        {
            oldStart++;
            newStart++;
        }

        while (oldStart < oldEnd && newStart < newEnd && _old[oldEnd - 1] == _new[newEnd - 1])
        {
            oldEnd--;
            newEnd--;
        }

        if (oldStart == oldEnd || newStart == newEnd)
        {
            Array.Fill(Deleted, true, oldStart, oldEnd - oldStart);
            Array.Fill(Inserted, true, newStart, newEnd - newStart);
            return;
        }

        if (MiddleSnake(oldStart, oldEnd, newStart, newEnd) is not var (x, y))
        {
            // Nothing in common at all.
            Array.Fill(Deleted, true, oldStart, oldEnd - oldStart);
            Array.Fill(Inserted, true, newStart, newEnd - newStart);
            return;
        }

        Compare(oldStart, x, newStart, y);
        Compare(x, oldEnd, y, newEnd);
    }

    /// <summary>
    /// A point on an optimal path where the forward search from the start meets the backward search from the end,
    /// or null when the ranges share no line. x counts old lines, y new lines; diagonal k = x - y.
    /// </summary>
    private (int X, int Y)? MiddleSnake(int oldStart, int oldEnd, int newStart, int newEnd)
    {
        var n = oldEnd - oldStart;
        var m = newEnd - newStart;
        var maxD = (n + m + 1) / 2;
        var offset = maxD + 1;
        var forward = new int[(2 * maxD) + 3];
        var backward = new int[(2 * maxD) + 3];
        Array.Fill(forward, -1);
        Array.Fill(backward, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        var delta = n - m;
        var odd = (delta & 1) != 0;

        // Diagonals whose paths ran off the edit graph are trimmed from later rounds.
        int forwardLow = 0, forwardHigh = 0, backwardLow = 0, backwardHigh = 0;
        for (var d = 0; d < maxD; d++)
        {
            for (var k = -d + forwardLow; k <= d - forwardHigh; k += 2)
            {
                var x = k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
                    ? forward[offset + k + 1]
                    : forward[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && _old[oldStart + x] == _new[newStart + y])
                {
                    x++;
                    y++;
                }

                forward[offset + k] = x;
                if (x > n)
                {
                    forwardHigh += 2;
                }
                else if (y > m)
                {
                    forwardLow += 2;
                }
                else if (odd && Reached(backward, offset + delta - k) is { } back && x >= n - back)
                {
                    return (oldStart + x, newStart + y);
                }
            }

            for (var k = -d + backwardLow; k <= d - backwardHigh; k += 2)
            {
                var x = k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
                    ? backward[offset + k + 1]
                    : backward[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && _old[oldEnd - 1 - x] == _new[newEnd - 1 - y])
                {
                    x++;
                    y++;
                }

                backward[offset + k] = x;
                if (x > n)
                {
                    backwardHigh += 2;
                }
                else if (y > m)
                {
                    backwardLow += 2;
                }
                else if (!odd && Reached(forward, offset + delta - k) is { } ahead && ahead >= n - x)
                {
                    var forwardK = delta - k;
                    return (oldStart + ahead, newStart + ahead - forwardK);
                }
            }
        }

        return null;
    }

    private static int? Reached(int[] furthest, int index) =>
        index >= 0 && index < furthest.Length && furthest[index] >= 0 ? furthest[index] : null;
}
