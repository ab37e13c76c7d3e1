using Mlops.Effects;

namespace Mlops.Containers;

/// <summary>A push under --dry-run: recorded, with what it would send, and nothing sent.</summary>
public static class ImagePushPlan
{
    public static void Record(EffectJournal journal, BuiltImage image, string registry)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(image);
        var layers = string.Join(", ", image.Layers.Select(l => $"{l.DiffId[..19]} ({l.Size / 1e6:0.0} MB)"));
        foreach (var reference in image.References)
        {
            journal.Record(new SideEffect("push", $"push {reference} to {registry}: {image.Layers.Count} layers, each sent only if the registry lacks it: {layers}"));
        }
    }
}
