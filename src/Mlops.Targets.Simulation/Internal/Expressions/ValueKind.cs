namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>The six kinds of value GitHub expressions know; every value a context holds is one of them.</summary>
internal enum ValueKind
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}
