namespace Mlops.Effects.Tests;

public sealed class RecordingEffects
{
    [Fact]
    public void Effects_come_back_in_the_order_they_were_recorded()
    {
        var journal = new EffectJournal();

        journal.Record(new SideEffect("registry push", "registry.local/app:abc"));
        journal.Record(new SideEffect("git push", "origin main"));

        Assert.False(journal.IsEmpty);
        Assert.Equal(["registry push", "git push"], journal.Effects.Select(e => e.Kind));
    }

    [Fact]
    public void A_new_journal_is_empty()
    {
        var journal = new EffectJournal();

        Assert.True(journal.IsEmpty);
        Assert.Empty(journal.Effects);
    }

    [Fact]
    public void Recording_from_many_threads_at_once_loses_nothing_and_keeps_each_threads_order()
    {
        var journal = new EffectJournal();

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (var i = 0; i < 2000; i++)
            {
                journal.Record(new SideEffect("write file", $"{thread}:{i}"));
            }
        });

        var effects = journal.Effects;
        Assert.Equal(16000, effects.Count);
        foreach (var thread in Enumerable.Range(0, 8))
        {
            var own = effects.Select(e => e.Description).Where(d => d.StartsWith($"{thread}:", StringComparison.Ordinal));
            Assert.Equal(Enumerable.Range(0, 2000).Select(i => $"{thread}:{i}"), own);
        }
    }

    [Fact]
    public void A_snapshot_handed_out_does_not_change_when_more_is_recorded()
    {
        var journal = new EffectJournal();
        journal.Record(new SideEffect("git push", "origin main"));

        var snapshot = journal.Effects;
        journal.Record(new SideEffect("git push", "origin production"));

        Assert.Single(snapshot);
        Assert.Equal(2, journal.Effects.Count);
    }
}
