using Mlops.Config;

namespace Mlops.Data.Internal;

/// <summary>
/// One of the data step's JSON files, read by the project's one reader; a check of meaning after binding is a
/// <see cref="DataInputException"/> naming the file and the field.
/// </summary>
internal sealed class DataInputFile(string path)
{
    public T Read<T>()
        where T : class
    {
        try
        {
            return ConfigFile.Read<T>(path);
        }
        catch (ConfigFileException e)
        {
            throw new DataInputException(e.Message, e);
        }
    }

    /// <summary>An error about the field at <paramref name="field"/> ("files[1].sha256").</summary>
    public DataInputException Error(string field, string message) => new($"{path}: field '{field}' {message}");

    /// <summary>A non-empty list of distinct values, each addressed as <c>field[i]</c> in errors.</summary>
    public IReadOnlyList<string> Distinct(string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            throw Error(field, "must not be empty.");
        }

        for (var i = 1; i < values.Count; i++)
        {
            if (values.Take(i).Contains(values[i], StringComparer.Ordinal))
            {
                throw Error($"{field}[{i}]", $"repeats '{values[i]}'.");
            }
        }

        return values;
    }
}
