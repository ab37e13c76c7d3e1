using System.Globalization;

namespace Mlops.Kubernetes.Internal;

/// <summary>
/// A successCondition or failureCondition as Argo Rollouts' expr evaluates it against a Prometheus vector, for the
/// small grammar the repository's templates use and nothing more: terms joined by <c>&amp;&amp;</c> (left to right,
/// stopping at the first false one, as expr does), each <c>len(result) OP N</c>, <c>isNaN(result[I])</c>,
/// <c>!isNaN(result[I])</c> or <c>result[I] OP N</c>, with OP one of <c>&lt; &lt;= &gt; &gt;=</c>. Anything else is
/// refused when the template is read, so a condition this reading does not understand can never be judged wrongly.
/// </summary>
internal sealed class AnalysisCondition
{
    public const string Grammar =
        "terms joined by &&, each len(result) OP N, isNaN(result[I]), !isNaN(result[I]) or result[I] OP N, with OP one of < <= > >=";

    private readonly IReadOnlyList<Term> _terms;

    private AnalysisCondition(string text, IReadOnlyList<Term> terms)
    {
        Text = text;
        _terms = terms;
    }

    public string Text { get; }

    /// <summary>The condition, or a <see cref="FormatException"/> saying what in it is outside the grammar.</summary>
    public static AnalysisCondition Parse(string text)
    {
        var tokens = new Tokens(text);
        var terms = new List<Term> { ParseTerm(tokens) };
        while (tokens.TryTake("&&"))
        {
            terms.Add(ParseTerm(tokens));
        }

        return tokens.AtEnd ? new AnalysisCondition(text, terms) : throw tokens.Unexpected();
    }

    /// <summary>
    /// True or false for <paramref name="result"/>; null where expr stops with an error (an index past the end of the
    /// result), which Argo Rollouts records as a measurement in Error.
    /// </summary>
    public bool? Evaluate(IReadOnlyList<double> result)
    {
        foreach (var term in _terms)
        {
            if (term.Index is { } index && index >= result.Count)
            {
                return null;
            }

            if (!term.Holds(result))
            {
                return false;
            }
        }

        return true;
    }

    private static Term ParseTerm(Tokens tokens)
    {
        if (tokens.TryTake("len"))
        {
            tokens.Take("(");
            tokens.Take("result");
            tokens.Take(")");
            var (compare, limit) = (tokens.Comparison(), tokens.Number());
            return new Term(null, r => compare(r.Count, limit));
        }

        var negated = tokens.TryTake("!");
        if (tokens.TryTake("isNaN"))
        {
            tokens.Take("(");
            var nanIndex = Element(tokens);
            tokens.Take(")");
            return new Term(nanIndex, r => double.IsNaN(r[nanIndex]) != negated);
        }

        if (negated)
        {
            throw tokens.Unexpected();
        }

        var index = Element(tokens);
        var (comparison, value) = (tokens.Comparison(), tokens.Number());
        return new Term(index, r => comparison(r[index], value));
    }

    private static int Element(Tokens tokens)
    {
        tokens.Take("result");
        tokens.Take("[");
        var index = tokens.Index();
        tokens.Take("]");
        return index;
    }

    /// <summary>One term; <see cref="Index"/> is the element of the result it reads, if any.</summary>
    private sealed record Term(int? Index, Func<IReadOnlyList<double>, bool> Holds);

    /// <summary>The condition's tokens, with the errors that name the condition and where it leaves the grammar.</summary>
    private sealed class Tokens
    {
        private static readonly string[] Symbols = ["&&", "<=", ">=", "<", ">", "!", "(", ")", "[", "]"];

        private readonly string _text;
        private readonly List<string> _tokens = [];
        private int _next;

        public Tokens(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length;)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                if (char.IsAsciiLetter(text[i]))
                {
                    while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                    {
                        i++;
                    }
                }
                else if (char.IsAsciiDigit(text[i]))
                {
                    while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                    {
                        i++;
                    }
                }
                else
                {
                    var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                        ?? throw Refused($"'{text[i]}' at character {i + 1}");
                    i += symbol.Length;
                }

                _tokens.Add(text[start..i]);
            }
        }

        public bool AtEnd => _next == _tokens.Count;

        public bool TryTake(string token)
        {
            if (!AtEnd && _tokens[_next] == token)
            {
                _next++;
                return true;
            }

            return false;
        }

        public void Take(string token)
        {
            if (!TryTake(token))
            {
                throw Unexpected();
            }
        }

        public Func<double, double, bool> Comparison()
        {
            Func<double, double, bool>? comparison = AtEnd ? null : _tokens[_next] switch
            {
                "<" => (a, b) => a < b,
                "<=" => (a, b) => a <= b,
                ">" => (a, b) => a > b,
                ">=" => (a, b) => a >= b,
                _ => null,
            };
            return comparison is null ? throw Unexpected() : Advance(comparison);
        }

        /// <summary>A literal such as 0, 0.5 or 0.95 (expr reads these as Go's int and float64; compared, both are exact here).</summary>
        public double Number() =>
            !AtEnd && char.IsAsciiDigit(_tokens[_next][0]) && _tokens[_next].Count(c => c == '.') <= 1 && !_tokens[_next].EndsWith('.')
                ? Advance(double.Parse(_tokens[_next], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))
                : throw Unexpected();

        /// <summary>A non-negative whole index (expr would also take result[-1], the last element; the grammar does not).</summary>
        public int Index() =>
            !AtEnd && _tokens[_next].All(char.IsAsciiDigit) && int.TryParse(_tokens[_next], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? Advance(index)
                : throw Unexpected();

        public FormatException Unexpected() => Refused(AtEnd ? "its end" : $"'{_tokens[_next]}' (token {_next + 1})");

        private T Advance<T>(T value)
        {
            _next++;
            return value;
        }

        private FormatException Refused(string where) =>
            new($"'{_text}' leaves the grammar this evaluator knows at {where}; it reads only {Grammar}.");
    }
}
