namespace Mlops.Serving;

/// <summary>What a record gives for an input: a JSON number or a JSON string.</summary>
public enum ModelColumnKind
{
    Number,
    Category,
}
