namespace Mlops.Data.Internal;

/// <summary>What a check observed, whether it passed, and the first rows that break it.</summary>
internal sealed record Outcome(string Observed, bool Passed, IReadOnlyList<string> Rows)
{
    public static Outcome Pass(string observed) => new(observed, true, []);

    public static Outcome Fail(string observed, IReadOnlyList<string>? rows = null) => new(observed, false, rows ?? []);
}

/// <summary>
/// One expectation as planned from the suite alone (so it can be listed even when it cannot be evaluated), with how
/// to evaluate it once its file, and its column if it has one, can be read.
/// </summary>
internal sealed record Check(string Expectation, string? Column, string Expected, Func<Outcome> Evaluate)
{
    public ExpectationResult Run(string? file) => ToResult(file, Evaluate());

    public ExpectationResult ToResult(string? file, Outcome outcome) =>
        new(Expectation, file, Column, Expected, outcome.Observed, outcome.Passed, outcome.Rows);

    public ExpectationResult NotEvaluated(string? file, string because) =>
        new(Expectation, file, Column, Expected, $"not evaluated: {because}", false, []) { Evaluated = false };
}
