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

    /// <summary>
    /// How far the candidate's whole training is (0–1), for one progress bar: loading is the first tenth, fitting the
    /// next eight, saving the last. Null while fitting with a trainer that does not tell how far it is.
    /// </summary>
    public double? Overall => Stage switch
    {
        Loading => 0.1 * (Fraction ?? 0),
        Fitting => Fraction is { } fitted ? 0.1 + (0.8 * fitted) : null,
        Saving => 0.9,
        _ => 1.0,
    };
}
