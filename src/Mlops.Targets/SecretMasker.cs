using System.Text.Json;

namespace Mlops.Targets;

/// <summary>
/// Replaces every registered secret with <c>***</c>: in its raw form and as it appears inside JSON, so neither the
/// console nor the JSON log nor a report can carry it. Every line the engine prints or writes passes through here.
/// </summary>
public sealed class SecretMasker
{
    public const string Mask = "***";

    private readonly Lock _gate = new();
    private string[] _forms = [];
    private string[] _lines = [];

    /// <summary>Each line of every registered secret, once: what a CI runner is told to mask in its own log.</summary>
    public event Action<string>? LineRegistered;

    public bool IsEmpty => _forms.Length == 0;

    /// <summary>The lines registered so far (a secret of several lines gives several).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return _lines;
            }
        }
    }

    /// <summary>
    /// Masks the secret whole, trimmed, and line by line: a token read with a trailing newline must not survive in
    /// text that was cut at the line's end (a summary note), nor in a runner's mask, which takes one line.
    /// </summary>
    public void Register(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        var lines = secret.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var plain = lines.Append(secret).Append(secret.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var added = new List<string>();
        lock (_gate)
        {
            // Longest first, so a secret that contains another is masked whole.
            _forms = _forms.Concat(plain).Concat(plain.Select(f => JsonSerializer.Serialize(f)[1..^1]))
                .Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).ToArray();
            added.AddRange(lines.Except(_lines, StringComparer.Ordinal));
            _lines = [.. _lines, .. added];
        }

        foreach (var line in added)
        {
            LineRegistered?.Invoke(line);
        }
    }

    public string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (var form in _forms)
        {
            text = text.Replace(form, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
