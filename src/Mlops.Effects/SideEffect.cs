namespace Mlops.Effects;

/// <summary>
/// One side effect a dry run would have had: <paramref name="Kind"/> such as "write file", "git push" or
/// "registry push", a one-line <paramref name="Description"/>, and for file changes the unified <paramref name="Diff"/>.
/// </summary>
public sealed record SideEffect(string Kind, string Description, string? Diff = null);
