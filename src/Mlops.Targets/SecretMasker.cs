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

    public bool IsEmpty => _forms.Length == 0;

    public void Register(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        var json = JsonSerializer.Serialize(secret)[1..^1];
        lock (_gate)
        {
            // Longest first, so a secret that contains another is masked whole.
            _forms = _forms.Append(secret).Append(json).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).ToArray();
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
