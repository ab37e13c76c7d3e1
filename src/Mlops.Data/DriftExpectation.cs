namespace Mlops.Data;

/// <summary>
/// How far each feature's test distribution may drift from train, as a population stability index (PSI) over
/// <paramref name="Bins"/> train-quantile bins (numbers) or the categories: at most <paramref name="MaxPsi"/>, or the
/// feature's own threshold in <paramref name="Features"/>.
/// </summary>
public sealed record DriftExpectation(double MaxPsi, IReadOnlyDictionary<string, double> Features, int Bins = 10)
{
    internal double ThresholdFor(string feature) => Features.TryGetValue(feature, out var threshold) ? threshold : MaxPsi;
}
