using System.Text;

namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// Splits an expression into tokens the way GitHub does: a run of characters up to the next operator, bracket or
/// space is one word, and a word that is neither a number nor a legal name is an error rather than a guess.
/// </summary>
internal sealed class ExpressionLexer
{
    private readonly string _text;
    private readonly int _end;
    private readonly List<ExpressionToken> _tokens = [];
    private int _start;
    private int _offset;

    private ExpressionLexer(string text, int start, int end)
    {
        _text = text;
        _offset = start;
        _end = end;
    }

    /// <summary>The tokens of <c>text[start..end]</c>, positions relative to the whole text, ending with an End token.</summary>
    public static IReadOnlyList<ExpressionToken> Tokenize(string text, int start, int end)
    {
        var lexer = new ExpressionLexer(text, start, end);
        lexer.ReadAll();
        return lexer._tokens;
    }

    private TokenKind? Previous => _tokens.Count == 0 ? null : _tokens[^1].Kind;

    private string Lexeme => _text[_start.._offset];

    private void ReadAll()
    {
        while (_offset < _end)
        {
            _start = _offset;
            var c = _text[_offset++];
            switch (c)
            {
                case '(':
                    Add(TokenKind.LeftParenthesis);
                    break;
                case ')':
                    Add(TokenKind.RightParenthesis);
                    break;
                case '[':
                    Add(TokenKind.LeftBracket);
                    break;
                case ']':
                    Add(TokenKind.RightBracket);
                    break;
                case ',':
                    Add(TokenKind.Comma);
                    break;
                case '*':
                    Add(TokenKind.Star);
                    break;
                case '.':
                    // After a name, ']' , ')' or '*' a dot dereferences; anywhere else it starts a number such as .5
                    if (Previous is TokenKind.Identifier or TokenKind.RightBracket or TokenKind.RightParenthesis or TokenKind.Star)
                    {
                        Add(TokenKind.Dot);
                    }
                    else
                    {
                        ReadNumber();
                    }

                    break;
                case '-' or '+':
                    ReadNumber();
                    break;
                case '!':
                    Add(Match('=') ? TokenKind.NotEqual : TokenKind.Not);
                    break;
                case '<':
                    Add(Match('=') ? TokenKind.LessOrEqual : TokenKind.Less);
                    break;
                case '>':
                    Add(Match('=') ? TokenKind.GreaterOrEqual : TokenKind.Greater);
                    break;
                case '=':
                    ReadPair('=', TokenKind.Equal);
                    break;
                case '&':
                    ReadPair('&', TokenKind.And);
                    break;
                case '|':
                    ReadPair('|', TokenKind.Or);
                    break;
                case '\'':
                    ReadString();
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        break;
                    }

                    if (char.IsAsciiDigit(c))
                    {
                        ReadNumber();
                    }
                    else
                    {
                        ReadWord();
                    }

                    break;
            }
        }

        _tokens.Add(new ExpressionToken(TokenKind.End, "", _end));
    }

    private void Add(TokenKind kind, object? value = null) => _tokens.Add(new ExpressionToken(kind, Lexeme, _start, value));

    private bool Match(char expected)
    {
        if (_offset < _end && _text[_offset] == expected)
        {
            _offset++;
            return true;
        }

        return false;
    }

    // '=', '&' and '|' only exist doubled; a single one is read as a word so the error names what was written.
    private void ReadPair(char second, TokenKind kind)
    {
        if (Match(second))
        {
            Add(kind);
        }
        else
        {
            ReadWord();
        }
    }

    private void ReadNumber()
    {
        while (_offset < _end && (!IsBoundary(_text[_offset]) || _text[_offset] == '.'))
        {
            _offset++;
        }

        var number = ValueCoercion.ParseNumber(Lexeme);
        if (double.IsNaN(number))
        {
            throw UnexpectedSymbol();
        }

        Add(TokenKind.Number, number);
    }

    private void ReadString()
    {
        var value = new StringBuilder();
        while (true)
        {
            if (_offset >= _end)
            {
                throw ExpressionException.Invalid(_text, _start, $"unterminated string {Lexeme}");
            }

            var c = _text[_offset++];
            if (c != '\'')
            {
                value.Append(c);
            }
            else if (Match('\''))
            {
                value.Append('\'');
            }
            else
            {
                break;
            }
        }

        Add(TokenKind.String, value.ToString());
    }

    private void ReadWord()
    {
        while (_offset < _end && !IsBoundary(_text[_offset]))
        {
            _offset++;
        }

        var word = Lexeme;
        if (!IsLegalName(word))
        {
            throw UnexpectedSymbol();
        }

        // After a dot every word is a property name, so foo.true and foo.null read properties.
        if (Previous == TokenKind.Dot)
        {
            Add(TokenKind.Identifier);
            return;
        }

        switch (word)
        {
            case "true":
                Add(TokenKind.True);
                break;
            case "false":
                Add(TokenKind.False);
                break;
            case "null":
                Add(TokenKind.Null);
                break;
            case "NaN":
                Add(TokenKind.Number, double.NaN);
                break;
            case "Infinity":
                Add(TokenKind.Number, double.PositiveInfinity);
                break;
            default:
                Add(TokenKind.Identifier);
                break;
        }
    }

    private ExpressionException UnexpectedSymbol() => ExpressionException.Invalid(_text, _start, $"unexpected symbol '{Lexeme}'");

    private static bool IsBoundary(char c) => c is '(' or '[' or ')' or ']' or ',' or '.' or '!' or '>' or '<' or '=' or '&' or '|'
        || char.IsWhiteSpace(c);

    private static bool IsLegalName(string word) =>
        word.Length > 0
        && (char.IsAsciiLetter(word[0]) || word[0] == '_')
        && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
