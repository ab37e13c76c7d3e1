namespace Mlops.Serving;

/// <summary>One input of the model as a record names it: a number (ML.NET Single) or a category (text).</summary>
public sealed record ModelColumn(string Name, ModelColumnKind Kind);
