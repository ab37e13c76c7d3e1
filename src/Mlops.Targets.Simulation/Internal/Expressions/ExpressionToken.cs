namespace Mlops.Targets.Simulation.Internal.Expressions;

internal enum TokenKind
{
    LeftParenthesis,
    RightParenthesis,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    Not,
    NotEqual,
    Equal,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    And,
    Or,
    Star,
    Number,
    String,
    Identifier,
    True,
    False,
    Null,
    End,
}

/// <summary>One lexeme: <see cref="Position"/> is its zero-based offset in the text, <see cref="Value"/> the double or
/// unescaped string of a literal.</summary>
internal readonly record struct ExpressionToken(TokenKind Kind, string Text, int Position, object? Value = null);
