namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// The result of an object filter such as <c>needs.*.result</c>. It is an array to everything else, but indexing it
/// again applies the index to each element (<c>a.*.b</c> collects every element's <c>b</c>) instead of picking one.
/// </summary>
internal sealed class FilteredArray(IReadOnlyList<object?> items) : IReadOnlyList<object?>
{
    public int Count => items.Count;

    public object? this[int index] => items[index];

    public IEnumerator<object?> GetEnumerator() => items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
