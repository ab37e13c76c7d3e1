namespace Mlops.Effects;

/// <summary>
/// The side effects a dry run recorded instead of doing them, in the order they were recorded. Safe to record from
/// several threads, because independent targets run in parallel.
/// </summary>
public sealed class EffectJournal
{
    private readonly List<SideEffect> _effects = [];
    private readonly Lock _lock = new();

    public void Record(SideEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        lock (_lock)
        {
            _effects.Add(effect);
        }
    }

    /// <summary>A snapshot: later records do not change a list already handed out.</summary>
    public IReadOnlyList<SideEffect> Effects
    {
        get
        {
            lock (_lock)
            {
                return [.. _effects];
            }
        }
    }

    public bool IsEmpty
    {
        get
        {
            lock (_lock)
            {
                return _effects.Count == 0;
            }
        }
    }
}
