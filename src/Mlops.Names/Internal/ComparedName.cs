namespace Mlops.Names.Internal;

/// <summary>A name as it is compared: upper-cased, so case never matters, and split into its words.</summary>
internal sealed class ComparedName
{
    public ComparedName(string name)
    {
        Text = name.ToUpperInvariant();
        Words = NameWords.Of(name);
    }

    public string Text { get; }

    public IReadOnlyList<string> Words { get; }
}
