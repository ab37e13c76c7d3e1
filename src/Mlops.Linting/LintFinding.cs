namespace Mlops.Linting;

/// <summary>One problem actionlint found: where (file relative to the repository, 1-based line and column), what, and which rule.</summary>
public sealed record LintFinding(string File, int Line, int Column, string Message, string Rule)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message} [{Rule}]";
}
