namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// Builds the tree for one expression with GitHub's precedence, loosest first: <c>||</c>, <c>&amp;&amp;</c>,
/// <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>!</c>, then <c>.</c> and <c>[ ]</c>. Function names and arities and
/// context names are checked here, so a typo fails before anything runs, as it does on GitHub.
/// </summary>
internal sealed class ExpressionParser
{
    // GitHub's limits; the depth limit also keeps a hostile expression from overflowing the stack.
    private const int MaxDepth = 50;
    private const int MaxLength = 21_000;

    private readonly string _text;
    private readonly IReadOnlyList<ExpressionToken> _tokens;
    private readonly Func<string, bool> _isContext;
    private int _next;
    private int _depth;

    private ExpressionParser(string text, IReadOnlyList<ExpressionToken> tokens, Func<string, bool> isContext)
    {
        _text = text;
        _tokens = tokens;
        _isContext = isContext;
    }

    private ExpressionToken Peek => _tokens[_next];

    /// <summary>The tree of <paramref name="expression"/>; null when it is empty (which evaluates to null).</summary>
    public static ExpressionNode? Parse(string expression, Func<string, bool> isContext) =>
        Parse(expression, 0, expression.Length, isContext);

    /// <summary>The tree of <c>text[start..end]</c>; errors quote the whole text with positions into it.</summary>
    public static ExpressionNode? Parse(string text, int start, int end, Func<string, bool> isContext)
    {
        if (end - start > MaxLength)
        {
            throw ExpressionException.Invalid(text, start, $"longer than {MaxLength} characters");
        }

        var parser = new ExpressionParser(text, ExpressionLexer.Tokenize(text, start, end), isContext);
        if (parser.Peek.Kind == TokenKind.End)
        {
            return null;
        }

        var node = parser.ParseExpression();
        if (parser.Peek.Kind != TokenKind.End)
        {
            throw parser.Unexpected(parser.Peek);
        }

        return node;
    }

    private ExpressionNode ParseExpression()
    {
        Enter();
        var node = ParseOr();
        _depth--;
        return node;
    }

    private ExpressionNode ParseOr() => ParseChain(TokenKind.Or, LogicalOperator.Or, ParseAnd);

    private ExpressionNode ParseAnd() => ParseChain(TokenKind.And, LogicalOperator.And, ParseEquality);

    private ExpressionNode ParseChain(TokenKind token, LogicalOperator @operator, Func<ExpressionNode> parseOperand)
    {
        var first = parseOperand();
        if (Peek.Kind != token)
        {
            return first;
        }

        Enter();
        var operands = new List<ExpressionNode> { first };
        while (Match(token))
        {
            operands.Add(parseOperand());
        }

        _depth--;
        return new LogicalNode(first.Position, @operator, operands);
    }

    private ExpressionNode ParseEquality()
    {
        var node = ParseComparison();
        while (Peek.Kind is TokenKind.Equal or TokenKind.NotEqual)
        {
            var @operator = Advance().Kind == TokenKind.Equal ? ComparisonOperator.Equal : ComparisonOperator.NotEqual;
            node = new ComparisonNode(node.Position, @operator, node, ParseComparison());
        }

        return node;
    }

    private ExpressionNode ParseComparison()
    {
        var node = ParseUnary();
        while (Peek.Kind is TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual)
        {
            var @operator = Advance().Kind switch
            {
                TokenKind.Less => ComparisonOperator.Less,
                TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
                TokenKind.Greater => ComparisonOperator.Greater,
                _ => ComparisonOperator.GreaterOrEqual,
            };
            node = new ComparisonNode(node.Position, @operator, node, ParseUnary());
        }

        return node;
    }

    private ExpressionNode ParseUnary()
    {
        if (Peek.Kind != TokenKind.Not)
        {
            return ParsePostfix();
        }

        var not = Advance();
        Enter();
        var operand = ParseUnary();
        _depth--;
        return new NotNode(not.Position, operand);
    }

    // Only a name, a call or a parenthesised group can be dereferenced: 'abc'[0] is an error on GitHub too.
    private ExpressionNode ParsePostfix()
    {
        var (node, dereferenceable) = ParsePrimary();
        if (!dereferenceable)
        {
            return node;
        }

        var levels = 0;
        while (true)
        {
            if (Match(TokenKind.LeftBracket))
            {
                var index = Match(TokenKind.Star) ? null : ParseExpression();
                Expect(TokenKind.RightBracket, "']'");
                node = new IndexNode(node.Position, node, index);
            }
            else if (Match(TokenKind.Dot))
            {
                var name = Advance();
                node = name.Kind switch
                {
                    TokenKind.Identifier => new IndexNode(node.Position, node, new LiteralNode(name.Position, name.Text)),
                    TokenKind.Star => new IndexNode(node.Position, node, null),
                    _ => throw Unexpected(name, "a property name or '*' after '.'"),
                };
            }
            else
            {
                break;
            }

            Enter();
            levels++;
        }

        _depth -= levels;
        return node;
    }

    private (ExpressionNode Node, bool Dereferenceable) ParsePrimary()
    {
        var token = Advance();
        switch (token.Kind)
        {
            case TokenKind.True:
                return (new LiteralNode(token.Position, true), false);
            case TokenKind.False:
                return (new LiteralNode(token.Position, false), false);
            case TokenKind.Null:
                return (new LiteralNode(token.Position, null), false);
            case TokenKind.Number or TokenKind.String:
                return (new LiteralNode(token.Position, token.Value), false);
            case TokenKind.LeftParenthesis:
                var group = ParseExpression();
                Expect(TokenKind.RightParenthesis, "')'");
                return (group, true);
            case TokenKind.Identifier when Match(TokenKind.LeftParenthesis):
                return (ParseCall(token), true);
            case TokenKind.Identifier when _isContext(token.Text):
                return (new ContextNode(token.Position, token.Text), true);
            case TokenKind.Identifier:
                throw ExpressionException.Invalid(_text, token.Position, $"unrecognized named-value '{token.Text}'");
            default:
                throw Unexpected(token, "a value");
        }
    }

    private FunctionCallNode ParseCall(ExpressionToken name)
    {
        var arguments = new List<ExpressionNode>();
        if (!Match(TokenKind.RightParenthesis))
        {
            do
            {
                arguments.Add(ParseExpression());
            }
            while (Match(TokenKind.Comma));

            Expect(TokenKind.RightParenthesis, "',' or ')'");
        }

        var function = ExpressionFunctions.Find(name.Text)
            ?? throw ExpressionException.Invalid(_text, name.Position, $"unknown function '{name.Text}'");
        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            throw ExpressionException.Invalid(_text, name.Position, $"{function.Name}() takes {function.Arity}, not {arguments.Count}");
        }

        return new FunctionCallNode(name.Position, function, arguments);
    }

    private ExpressionToken Advance()
    {
        var token = _tokens[_next];
        if (token.Kind != TokenKind.End)
        {
            _next++;
        }

        return token;
    }

    private bool Match(TokenKind kind)
    {
        if (Peek.Kind != kind)
        {
            return false;
        }

        _next++;
        return true;
    }

    private void Expect(TokenKind kind, string what)
    {
        if (!Match(kind))
        {
            throw Unexpected(Peek, what);
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw ExpressionException.Invalid(_text, Peek.Position, $"nested deeper than {MaxDepth} levels");
        }
    }

    private ExpressionException Unexpected(ExpressionToken token, string? expected = null) =>
        (token.Kind, expected) switch
        {
            (TokenKind.End, null) => ExpressionException.Invalid(_text, token.Position, "unexpected end of expression"),
            (TokenKind.End, _) => ExpressionException.Invalid(_text, token.Position, $"expected {expected}"),
            (_, null) => ExpressionException.Invalid(_text, token.Position, $"unexpected symbol '{token.Text}'"),
            _ => ExpressionException.Invalid(_text, token.Position, $"unexpected symbol '{token.Text}', expected {expected}"),
        };
}
