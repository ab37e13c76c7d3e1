using Mlops.Data.Internal;

namespace Mlops.Data;

/// <summary>
/// The train file's share of each bucket, per feature, as ValidateData profiled it (profile.json): what later data —
/// rows a served model sees — is compared with, by the same buckets and the same PSI as the validation's drift check.
/// </summary>
public sealed class DriftBaseline
{
    private DriftBaseline(string? missingMarker, IReadOnlyList<FeatureBaseline> features) => (MissingMarker, Features) = (missingMarker, features);

    /// <summary>The value that means "missing" in the data; such values are left out of the counts, as in the profile.</summary>
    public string? MissingMarker { get; }

    /// <summary>Every profiled column of the train file (the label's too), in the profile's order.</summary>
    public IReadOnlyList<FeatureBaseline> Features { get; }

    /// <summary>Reads profile.json; a file that cannot be read or has no train file is a one-line error naming it.</summary>
    public static DriftBaseline Read(string profileJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profileJson);
        var file = new DataInputFile(profileJson);
        var profile = file.Read<DataProfile>();
        var train = profile.Files.FirstOrDefault(f => f.Role == "train")
            ?? throw file.Error("files", "has no file with role 'train' to compare with.");
        var trainIndex = profile.Files.ToList().IndexOf(train);
        var features = train.Columns.Select((column, i) => Feature(file, $"files[{trainIndex}].columns[{i}]", column, profile.MissingMarker))
            .OfType<FeatureBaseline>().ToList();
        return new DriftBaseline(profile.MissingMarker, features);
    }

    private static FeatureBaseline? Feature(DataInputFile file, string field, ColumnProfile column, string? missingMarker)
    {
        if (column.Bins is { Count: > 0 } bins)
        {
            if (bins.Take(bins.Count - 1).Any(b => b.UpTo is null))
            {
                throw file.Error($"{field}.bins", "has an open upper end before the last bin.");
            }

            var edges = bins.Take(bins.Count - 1).Select(b => b.UpTo!.Value).ToArray();
            return new FeatureBaseline(column.Column, new Buckets(edges, null), [.. bins.Select(b => b.Count), column.Missing], missingMarker);
        }

        if (column.Categories is { Count: > 0 } shares)
        {
            var named = shares.Where(s => s.Value != Buckets.Other).ToList();
            var other = shares.FirstOrDefault(s => s.Value == Buckets.Other)?.Count ?? 0;
            return new FeatureBaseline(column.Column, new Buckets(null, [.. named.Select(s => s.Value)]),
                [.. named.Select(s => s.Count), other, column.Missing], missingMarker);
        }

        return null; // a column without train values has nothing to drift from
    }
}
