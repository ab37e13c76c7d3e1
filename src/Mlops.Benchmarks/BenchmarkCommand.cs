namespace Mlops.Benchmarks;

/// <summary>One way of doing the thing being measured: a name and the commands that make one sample (timed together).</summary>
internal sealed record BenchmarkCommand(string Name, IReadOnlyList<ProgramCall> Steps)
{
    /// <summary>A pause before each sample, not timed: the state the command is meant to meet (files settled, say).</summary>
    public TimeSpan SettleFirst { get; init; }

    public static BenchmarkCommand Of(string name, string program, params string[] arguments) =>
        new(name, [new ProgramCall(program, arguments)]);
}

/// <summary>A program and its arguments.</summary>
internal sealed record ProgramCall(string Program, IReadOnlyList<string> Arguments)
{
    public override string ToString() => string.Join(" ", Arguments.Prepend(Program));
}
