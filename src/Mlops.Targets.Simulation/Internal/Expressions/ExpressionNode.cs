namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>A parsed expression. <see cref="Position"/> is the zero-based offset of the node's first token.</summary>
internal abstract record ExpressionNode(int Position);

/// <summary>null, a boolean, a double or a string written in the expression.</summary>
internal sealed record LiteralNode(int Position, object? Value) : ExpressionNode(Position);

/// <summary>A context by name: <c>github</c>, <c>inputs</c>, <c>needs</c>...</summary>
internal sealed record ContextNode(int Position, string Name) : ExpressionNode(Position);

/// <summary><c>target.name</c> or <c>target[index]</c>; a null <see cref="Index"/> is the object filter <c>*</c>.</summary>
internal sealed record IndexNode(int Position, ExpressionNode Target, ExpressionNode? Index) : ExpressionNode(Position);

internal sealed record NotNode(int Position, ExpressionNode Operand) : ExpressionNode(Position);

internal sealed record ComparisonNode(int Position, ComparisonOperator Operator, ExpressionNode Left, ExpressionNode Right)
    : ExpressionNode(Position);

/// <summary>A chain of <c>&amp;&amp;</c> or of <c>||</c>: evaluated left to right, stopping at the deciding operand.</summary>
internal sealed record LogicalNode(int Position, LogicalOperator Operator, IReadOnlyList<ExpressionNode> Operands)
    : ExpressionNode(Position);

internal sealed record FunctionCallNode(int Position, ExpressionFunction Function, IReadOnlyList<ExpressionNode> Arguments)
    : ExpressionNode(Position);

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal enum LogicalOperator
{
    And,
    Or,
}
