namespace Mlops.Training;

/// <summary>
/// A trained candidate: its model.zip (byte-identical for identical inputs, so <paramref name="ModelSha256"/> names
/// the model), how long fitting and saving took, and how many training rows it saw.
/// </summary>
public sealed record TrainedCandidate(string Name, string Trainer, string ModelPath, string ModelSha256, TimeSpan Duration, long Rows);
