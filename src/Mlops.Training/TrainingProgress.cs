namespace Mlops.Training;

/// <summary>
/// Where one candidate's training stands: <paramref name="Stage"/> is <see cref="Loading"/>, <see cref="Fitting"/>,
/// <see cref="Saving"/> or <see cref="Done"/>; <paramref name="Fraction"/> is how far through that stage (0–1), or
/// null when the trainer does not tell (LightGbm, the logistic trainers); FastTree reports each tree.
/// </summary>
public sealed record TrainingProgress(string Candidate, string Stage, double? Fraction)
{
    public const string Loading = "loading";
    public const string Fitting = "fitting";
    public const string Saving = "saving";
    public const string Done = "done";
}
