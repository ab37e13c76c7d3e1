using System.Buffers;
using System.Text;

namespace Mlops.Data.Internal;

/// <summary>One record of a CSV file: the line it starts on, its fields, its raw text, and what is wrong with its quoting.</summary>
internal sealed record CsvRecord(int Line, string[] Fields, string Text, string? Problem);

/// <summary>
/// A CSV file read strictly (RFC 4180: comma-separated, optional double quotes, "" inside quotes, \n or \r\n line
/// ends): the header and the records, each with the line it starts on. Nothing is guessed or repaired, so the
/// validator can name every flaw; only a file that cannot be decoded or has no header is unreadable.
/// </summary>
internal sealed class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly SearchValues<char> FieldEnds = SearchValues.Create(",\n\"");

    private CsvTable(string[] header, List<CsvRecord> records, bool endsWithLineEnd)
    {
        (Header, Records, EndsWithLineEnd) = (header, records, endsWithLineEnd);
    }

    public string[] Header { get; }

    /// <summary>Every record after the header, well-formed or not.</summary>
    public List<CsvRecord> Records { get; }

    /// <summary>Whether the last line has its line end; a last line without one may have been cut off.</summary>
    public bool EndsWithLineEnd { get; }

    /// <summary>The table, or null with the reason the file cannot be read at all.</summary>
    public static CsvTable? TryRead(string path, out string unreadable)
    {
        unreadable = "";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            unreadable = Directory.Exists(path) ? "is a directory, not a file"
                : File.Exists(path) ? $"cannot be read ({e.Message})"
                : "does not exist";
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            unreadable = InvalidUtf8(bytes, start);
            return null;
        }

        if (text.Length == 0)
        {
            unreadable = "is empty (not even a header row)";
            return null;
        }

        var records = Parse(text);
        if (records[0].Text.Length == 0)
        {
            unreadable = "has an empty first line where the header row belongs";
            return null;
        }

        if (records[0].Problem is { } problem)
        {
            // An unclosed quote in the header swallows the whole file into one column name: say so, not that.
            unreadable = $"has a header row (line 1) that cannot be read: {problem}";
            return null;
        }

        return new CsvTable(records[0].Fields, records.GetRange(1, records.Count - 1), text.EndsWith('\n'));
    }

    /// <summary>Where the first byte that is not UTF-8 is: its line (from 1) and value.</summary>
    private static string InvalidUtf8(byte[] bytes, int start)
    {
        var offset = start;
        while (offset < bytes.Length && Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
        return $"is not valid UTF-8: line {line} has the byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} (file offset {offset})";
    }

    private static List<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>(16);
        var quoted = new StringBuilder();
        var (position, line) = (0, 1);
        while (position < text.Length)
        {
            var (recordStart, recordLine) = (position, line);
            string? problem = null;
            fields.Clear();
            while (true)
            {
                if (position < text.Length && text[position] == '"')
                {
                    position = ReadQuoted(text, position, quoted, ref line, ref problem);
                    fields.Add(quoted.ToString());
                }
                else
                {
                    var length = text.AsSpan(position).IndexOfAny(FieldEnds);
                    var end = length < 0 ? text.Length : position + length;
                    if (end < text.Length && text[end] == '"')
                    {
                        problem ??= "a quote inside an unquoted field";
                        end = SkipTo(text, end, ',', '\n');
                    }

                    fields.Add(text[position..(end > position && text[end - 1] == '\r' && (end == text.Length || text[end] == '\n') ? end - 1 : end)]);
                    position = end;
                }

                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                break;
            }

            var recordEnd = position > recordStart && text[position - 1] == '\r' ? position - 1 : position;
            if (position < text.Length)
            {
                position++; // the '\n'
                line++;
            }

            records.Add(new CsvRecord(recordLine, [.. fields], text[recordStart..recordEnd], problem));
        }

        return records;
    }

    /// <summary>Reads a quoted field starting at the opening quote; returns the position after it (and after any junk to the next separator).</summary>
    private static int ReadQuoted(string text, int position, StringBuilder field, ref int line, ref string? problem)
    {
        field.Clear();
        position++;
        while (true)
        {
            if (position >= text.Length)
            {
                problem ??= "a quoted field that is never closed";
                return position;
            }

            var c = text[position++];
            if (c == '"')
            {
                if (position < text.Length && text[position] == '"')
                {
                    field.Append('"');
                    position++;
                    continue;
                }

                break;
            }

            line += c == '\n' ? 1 : 0;
            field.Append(c);
        }

        var atEnd = position == text.Length || text[position] is ',' or '\n' ||
            (text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n');
        if (atEnd)
        {
            return position == text.Length || text[position] != '\r' ? position : position + 1;
        }

        problem ??= "text after a closing quote";
        return SkipTo(text, position, ',', '\n');
    }

    private static int SkipTo(string text, int position, char first, char second)
    {
        var length = text.AsSpan(position).IndexOfAny(first, second);
        return length < 0 ? text.Length : position + length;
    }
}
